"""HTTP errors of the portal, with the bodies the real Explore API v2.1 sends."""

import json


class ApiError(Exception):
    """An error response: status, body (JSON object, or HTML text), extra headers."""

    def __init__(self, status, body, headers=None):
        super().__init__(body)
        self.status = status
        self.body = body
        self.headers = headers or {}

    @property
    def content_type(self):
        if isinstance(self.body, str):
            return "text/html; charset=utf-8"
        return "application/json; charset=utf-8"

    @property
    def payload(self):
        if isinstance(self.body, str):
            return self.body.encode()
        return json.dumps(self.body).encode()


def html_page(title, text):
    return (
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><h1>{title}</h1><p>{text}</p><hr><address>nginx</address></body></html>\n"
    )


def bad_parameter(name, value, expected):
    return ApiError(
        400,
        {
            "error_code": "InvalidRESTParameterError",
            "message": f"Invalid value for {name} API parameter: {value} was found but "
            f"{expected} is expected.",
        },
    )


def odsql_error(error):
    return ApiError(400, {"error_code": "ODSQLError", "message": error.message})


def not_found(dataset_id):
    return ApiError(
        404,
        {
            "error_code": "NotFoundResource",
            "message": f"The requested dataset {dataset_id} does not exist.",
        },
    )


def unknown_resource(path):
    return ApiError(
        404,
        {
            "error_code": "NotFoundResource",
            "message": f"The requested resource {path} does not exist.",
        },
    )


def unauthorized(key_sent):
    message = (
        "The API key you provided is not valid for this dataset."
        if key_sent
        else "This dataset is private: authentication (an API key) is required to access it."
    )
    return ApiError(401, {"error_code": "AuthenticationError", "message": message})
