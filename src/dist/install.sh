#!/bin/sh
# install.sh [--prefix DIR]: installs this backplan release for one user (default prefix: ~/.local).
#   PREFIX/lib/backplan/                               this directory, copied (runtime, jar, launcher)
#   PREFIX/bin/backplan                                a link to PREFIX/lib/backplan/bin/backplan
#   PREFIX/share/man/man1/backplan*.1                  the man pages (man backplan, man backplan-start, ...)
#   PREFIX/share/man/man5/backplan-catalog.5           the catalog format (man 5 backplan-catalog)
#   PREFIX/share/bash-completion/completions/backplan  bash completion (loaded by bash-completion)
#   PREFIX/share/zsh/site-functions/_backplan          zsh completion
#   PREFIX/share/fish/vendor_completions.d/backplan.fish   fish completion
# install.sh --uninstall [--prefix DIR]: removes exactly what an install there put in place, and the
# directories it had to make, from the list it kept in PREFIX/lib/backplan/installed-files.
set -eu

usage() {
    echo "usage: install.sh [--prefix DIR] [--uninstall]   (default prefix: ~/.local)"
}

prefix=""
uninstall=false
while [ $# -gt 0 ]; do
    case $1 in
        --prefix)
            [ $# -ge 2 ] || { usage >&2; exit 2; }
            prefix=$2
            shift
            ;;
        --prefix=*) prefix=${1#--prefix=} ;;
        --uninstall) uninstall=true ;;
        -h | --help) usage; exit 0 ;;
        *) echo "install.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
    esac
    shift
done
if [ -z "$prefix" ]; then
    [ -n "${HOME:-}" ] || { echo "install.sh: HOME is not set; give --prefix DIR" >&2; exit 2; }
    prefix=$HOME/.local
fi
mkdir -p "$prefix"
prefix=$(cd "$prefix" && pwd -P)
home=$prefix/lib/backplan
manifest=$home/installed-files

# ---- uninstall ----------------------------------------------------------------------------------------------
remove_installed() {
    [ -f "$manifest" ] || return 0
    # Files and links first, then the directories this install made (deepest first), if they are empty.
    while IFS= read -r entry; do
        case $entry in
            file\ *) rm -f "$prefix/${entry#file }" ;;
        esac
    done <"$manifest"
    dirs=$(sed -n 's/^dir //p' "$manifest" | sort -r)
    rm -rf "$home"
    echo "$dirs" | while IFS= read -r d; do
        [ -n "$d" ] && rmdir "$prefix/$d" 2>/dev/null || :
    done
}

if $uninstall; then
    if [ ! -f "$manifest" ]; then
        echo "install.sh: backplan is not installed in $prefix (no $manifest)" >&2
        exit 1
    fi
    remove_installed
    echo "Removed backplan from $prefix."
    exit 0
fi

# ---- install ------------------------------------------------------------------------------------------------
src=$(cd "$(dirname "$0")" && pwd -P)
if [ ! -f "$src/lib/backplan.jar" ] || [ ! -x "$src/bin/backplan" ]; then
    echo "install.sh: $src is not an unpacked backplan release (no lib/backplan.jar or bin/backplan)" >&2
    exit 1
fi
if [ "$src" = "$home" ]; then
    echo "install.sh: this copy is the installed one; run the install.sh of an unpacked release" >&2
    exit 1
fi
remove_installed # an earlier install in the same place: replaced whole, never mixed

list=$(mktemp "${TMPDIR:-/tmp}/backplan-install.XXXXXX")
trap 'rm -f "$list"' EXIT
# Makes a directory under the prefix, noting each level this install created.
make_dir() {
    made=""
    old_ifs=$IFS
    IFS=/
    for part in $1; do
        made=${made:+$made/}$part
        if [ ! -d "$prefix/$made" ]; then
            mkdir "$prefix/$made"
            echo "dir $made" >>"$list"
        fi
    done
    IFS=$old_ifs
}
# Puts one file (or link) in place and notes it.
put() {
    make_dir "${2%/*}"
    rm -f "$prefix/$2"
    cp -p "$1" "$prefix/$2"
    echo "file $2" >>"$list"
}

make_dir lib
mkdir "$home"
echo "dir lib/backplan" >>"$list"
# Times are kept (cp -p): the class-data archive is only valid with the jar's own.
cp -Rp "$src/bin" "$src/lib" "$src/README.md" "$src/LICENSE" "$src/install.sh" "$home/"
[ -d "$src/runtime" ] && cp -Rp "$src/runtime" "$home/"

# The class-data archive: a JVM before JDK 19 accepts it only for the jar at the path it was made with, so here it
# is made again when the copy does not load from it (one short session in a scratch directory, ~5 s).
for archive in "$home"/lib/backplan.jsa "$home"/lib/backplan.aot; do
    [ -f "$archive" ] || continue
    if ! JAVA_OPTS=-Xlog:class+load=info:stdout "$home/bin/backplan" --version </dev/null 2>/dev/null |
        grep -q 'backplan\.Backplan source: shared objects file'; then
        echo "Making the start-up archive for $home (once, a few seconds)..."
        rm -f "$archive"
        case $archive in
            *.aot) record=-XX:AOTCacheOutput ;;
            *) record=-XX:ArchiveClassesAtExit ;;
        esac
        JAVA_OPTS="" sh "$home/lib/train" "$home/bin/backplan" "$(cat "$home/lib/train-ids")" "$record=$archive" ||
            echo "(no archive: backplan runs, only a little slower to start)"
        rm -f "$home"/lib/*.config
    fi
done

make_dir bin
rm -f "$prefix/bin/backplan"
ln -s ../lib/backplan/bin/backplan "$prefix/bin/backplan"
echo "file bin/backplan" >>"$list"

for page in "$src"/man/man1/*.1; do
    put "$page" "share/man/man1/${page##*/}"
done
for page in "$src"/man/man5/*.5; do
    [ -f "$page" ] && put "$page" "share/man/man5/${page##*/}"
done
put "$src/completions/backplan.bash" share/bash-completion/completions/backplan
put "$src/completions/_backplan" share/zsh/site-functions/_backplan
put "$src/completions/backplan.fish" share/fish/vendor_completions.d/backplan.fish
cp "$list" "$manifest"

echo "Installed backplan in $prefix:"
echo "  $prefix/bin/backplan -> $home/bin/backplan"
echo "  man pages in $prefix/share/man/man1 and man5, completions for bash, zsh and fish under $prefix/share"
case :${PATH:-}: in
    *:"$prefix/bin":*) ;;
    *) echo "Add $prefix/bin to your PATH to run it as 'backplan'." ;;
esac
case $prefix in
    /usr/local | /usr) ;;
    *) echo "zsh: add 'fpath=($prefix/share/zsh/site-functions \$fpath)' before compinit in ~/.zshrc." ;;
esac
echo "Start with: backplan start    (man backplan; uninstall: $home/install.sh --uninstall --prefix $prefix)"
