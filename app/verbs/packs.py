"""Content updates on the command line: keygen, pack (publisher side), import and info.

    opioidref keygen --out DIR [--name NAME] | --private FILE --public FILE
    opioidref pack --key KEYFILE --out FILE [--content DIR | --db FILE] [--build-date ISO]
    opioidref import FILE [--allow-downgrade] [--check]  |  opioidref import --revert
    opioidref info [--json]
"""

from __future__ import annotations

import json
from pathlib import Path

from app.errors import AppError


def register(verbs) -> dict:
    p = verbs.add_parser("keygen", help="make a publisher's key pair for signing content packs")
    p.add_argument("--out", type=Path, help="folder for NAME.key (private) and NAME.pub (public)")
    p.add_argument("--name", default="publisher", help="file name stem with --out (default: publisher)")
    p.add_argument("--private", type=Path, help="private key file to write")
    p.add_argument("--public", type=Path, help="public key file to write (*.pub)")

    p = verbs.add_parser("pack", help="build the content and write a signed content pack")
    p.add_argument("--key", type=Path, required=True, help="the publisher's private key (PEM)")
    p.add_argument("--out", type=Path, required=True, help="pack file to write")
    source = p.add_mutually_exclusive_group()
    source.add_argument("--content", type=Path, help="content folder to build (default: content/)")
    source.add_argument("--db", type=Path, help="an already built content database")
    p.add_argument("--build-date", help="ISO date-time recorded as the build date (default: now)")

    p = verbs.add_parser("import", help="install a signed content update, or revert the last one")
    p.add_argument("file", nargs="?", type=Path, help="the content pack")
    p.add_argument("--allow-downgrade", action="store_true",
                   help="install even if the pack is not newer than the content in use")
    p.add_argument("--check", action="store_true", help="verify the pack only; install nothing")
    p.add_argument("--revert", action="store_true",
                   help="go back to the previous content (or to the bundled content)")

    p = verbs.add_parser("info", help="app version and where the content comes from")
    p.add_argument("--json", action="store_true", help="print JSON")
    return {"keygen": cmd_keygen, "pack": cmd_pack, "import": cmd_import, "info": cmd_info}


def _usage(message: str, verb: str) -> AppError:
    return AppError(f"{message} (see 'opioidref {verb} --help')")


def cmd_keygen(args) -> int:
    from app.packs_keys import generate_keypair

    if args.out and (args.private or args.public):
        raise _usage("give either --out or --private and --public", "keygen")
    if args.out:
        if not args.out.is_dir():
            raise AppError(f"There is no folder {args.out}.")
        private, public = args.out / f"{args.name}.key", args.out / f"{args.name}.pub"
    elif args.private and args.public:
        private, public = args.private, args.public
    else:
        raise _usage("give --out DIR, or both --private and --public", "keygen")
    key_id = generate_keypair(private, public)
    print(f"Private key: {private} (keep it secret and offline; never commit it)")
    print(f"Public key:  {public} (the app trusts packs signed with it once it is in resources/keys/)")
    print(f"Fingerprint: {key_id}")
    return 0


def cmd_pack(args) -> int:
    from app.packs import is_trusted, make_pack

    manifest = make_pack(args.out, args.key, content_dir=args.content, db=args.db,
                         build_date=args.build_date)
    print(f"Wrote {args.out}: content version {manifest['content_version']}, "
          f"{manifest['entry_count']} entries, reviewed up to {manifest['last_reviewed']}, "
          f"built {manifest['build_date']}, signed with key {manifest['key']}.")
    if not is_trusted(manifest):
        print("Note: this app does not trust that key, so it would refuse the pack; apps that "
              "should accept it need its public key in their trusted keys.")
    return 0


def cmd_import(args) -> int:
    from app import packs

    if args.revert:
        if args.file or args.allow_downgrade or args.check:
            raise _usage("--revert takes no file and no other option", "import")
        result = packs.revert()
        if result.discarded:
            print(f"The previous content was damaged ({result.discarded}) and was discarded.")
        if result.restored == "previous":
            print(f"Reverted to the previous content: version {result.manifest['content_version']}, "
                  f"built {result.manifest['build_date']}.")
        else:
            print("Removed the imported content: the bundled content is in use again.")
        _print_removed(result.removed)
        return 0
    if args.file is None:
        raise _usage("give the content pack to import, or --revert", "import")
    try:
        if args.check:
            check = packs.inspect(args.file)
            print(f"{args.file}: verified. {_describe(check.manifest)}")
            if check.older:
                print(f"It is older than the content in use: {check.older}.")
            return 0
        result = packs.install(args.file, allow_downgrade=args.allow_downgrade)
    except packs.PackError as exc:
        hint = " To install it anyway, add --allow-downgrade." if exc.check == "older" else ""
        raise AppError(f"Refused {exc}.{hint} Nothing was changed.") from None
    print(f"Installed {args.file}: {_describe(result.manifest)}")
    print("The content it replaces is kept: 'opioidref import --revert' goes back to it.")
    _print_removed(result.removed)
    return 0


def _describe(manifest: dict) -> str:
    return (f"Content version {manifest['content_version']}, {manifest['entry_count']} entries, "
            f"reviewed up to {manifest['last_reviewed']}, built {manifest['build_date']}.")


def _print_removed(removed: list[tuple[str, str]]) -> None:
    if removed:
        print(f"{len(removed)} entr{'y is' if len(removed) == 1 else 'ies are'} no longer in the "
              "content (your bookmarks and notes on them are kept and marked as removed):")
        for slug, title in removed:
            print(f"  {title} ({slug})")


def cmd_info(args) -> int:
    from app import __version__
    from app.database import check_slot, open_source
    from app.errors import DatabaseError

    store, source = open_source()
    try:
        meta = store.meta()
    finally:
        store.close()
    try:
        previous = check_slot("previous")
    except DatabaseError:
        previous = None
    manifest = source.manifest or {}
    info = {
        "app_version": __version__, "content_version": meta.content_version,
        "entry_count": meta.entry_count, "last_reviewed": meta.last_reviewed,
        "source": source.source, "database": str(source.path),
        "build_date": manifest.get("build_date"), "signing_key": manifest.get("key"),
        "previous": ({"content_version": previous.get("content_version"),
                      "build_date": previous.get("build_date")} if previous else None),
        "warning": source.warning,
    }
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    origin = "imported update" if source.source == "imported" else "bundled with the app"
    lines = [f"OpioidRef {__version__}",
             f"Content:         {origin}",
             f"Content version: {meta.content_version}",
             f"Entries:         {meta.entry_count}",
             f"Latest review:   {meta.last_reviewed}"]
    if source.manifest:
        lines += [f"Built:           {manifest['build_date']}",
                  f"Signed with key: {manifest['key']}"]
    lines.append(f"Database:        {source.path}")
    if previous:
        lines.append(f"Previous:        version {previous.get('content_version')}, built "
                     f"{previous.get('build_date')} ('opioidref import --revert' restores it)")
    if source.warning:
        lines.append(f"Warning: {source.warning}")
    print("\n".join(lines))
    return 0
