#!/bin/sh
# Copies the bundled texts out of Debian packages (see README.md in this folder), changing only
# what is listed there. Run it from this folder on a Debian 12 machine; it needs network access
# for `apt-get download` and nothing installed.
set -eu
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
here=$(pwd)
cd "$work"
apt-get download dict-devil=1.0-13.1 miscfiles=1.5+dfsg-4 fortunes-zh=2.98 >/dev/null
for deb in *.deb; do dpkg-deb -x "$deb" root; done

# The US Constitution, as miscfiles ships it (debian/addons, public domain).
zcat root/usr/share/state/us-constitution.gz > "$here/us_constitution.txt"

# The Devil's Dictionary: the dictd database without dictfmt's header entries (its first four
# lines and its last, the alphabet), from the Internet Wiretap edition's title on.
zcat root/usr/share/dictd/devil.dict.dz | sed '1,12d;$d' > "$here/devils_dictionary.txt"

# 300 Tang poems: the fortune file without its colour escapes; the "%" between poems becomes
# an empty line.
sed 's/\x1b\[[0-9;]*m//g; s/^%$//' root/usr/share/games/fortunes/tang300 > "$here/tang_poems.txt"
