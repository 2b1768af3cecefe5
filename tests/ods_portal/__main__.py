"""`python -m tests.ods_portal --port 8765`: serve the local ODS portal in the foreground."""

import argparse

from .registry import large_catalogue, random_points
from .server import Portal


def main():
    parser = argparse.ArgumentParser(description="Local Opendatasoft-compatible portal.")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument(
        "--million", action="store_true", help="also serve tdathack-points-1m (benchmarks)"
    )
    parser.add_argument(
        "--faults", action="store_true", help="also serve the datasets that fail on purpose"
    )
    parser.add_argument(
        "--catalogue",
        type=int,
        metavar="N",
        help="serve a generated catalogue of N datasets instead (large catalogues)",
    )
    args = parser.parse_args()
    portal = Portal(args.port, args.host, faults=args.faults)
    if args.catalogue:
        portal.datasets = large_catalogue(args.catalogue)
    if args.million:
        portal.datasets["tdathack-points-1m"] = random_points("1m", 1_000_000)
    print(f"ODS portal: {portal.url}  (API: {portal.url}/api/explore/v2.1/)")
    print(f"API key of tdathack-private: {portal.api_key}")
    print("Ctrl+C to stop.", flush=True)
    try:
        portal.server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        portal.server.server_close()


if __name__ == "__main__":
    main()
