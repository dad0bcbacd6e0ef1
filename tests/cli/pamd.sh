# shellcheck shell=bash
# How pam_ns_helper reads PAM stacks (helper_pamd.c): as libpam 1.5.2 does,
# without hanging on what an admin may leave in /etc/pam.d, seen through
# check's findings on a rule naming the services.
# Sourced by tests/cli/run, which sets up the sandbox, NSS and the helpers
# used here (ok, not_ok, nss, write_policy); each case is a function named
# in TESTS.  Each removes what it put into this run's /etc/pam.d.

# pamd_check SERVICE...: check a policy whose one rule (line 3) names the
# SERVICEs, given 10 seconds; sets out and rc (124: it did not finish).
pamd_check() {
	local list
	list=$(printf '"%s", ' "$@")
	write_policy <<P
version = 1;
pin_dir = "$work/pins";
rules = ( { users = ["alice"]; services = [${list%, }]; unshare = ["uts"]; } );
P
	out=$(nss timeout 10 "$helper" -c "$policy" check 2>&1)
	rc=$?
}

# What check says of a service's stack FILE, or of a NAME with no stack.
trial() { grep -q "^$policy:3: warning: services: the PAM stack $1 loads pam_ns.so with dry_run only" <<<"$out"; }
unloaded() { grep -q "^$policy:3: warning: services: the PAM stack $1 does not load pam_ns.so" <<<"$out"; }
no_stack() { grep -q "^$policy:3: warning: services: \(no PAM service \"$1\"\|\"$1\" is no PAM service name\)" <<<"$out"; }

# libpam 1.5.2 recurses into such a stack until it crashes; reading each
# file once, the answer comes at once.
pamd_stack_that_includes_itself() {
	local bad="" out rc i
	for i in $(seq 10); do echo "@include loopy"; done >/etc/pam.d/loopy
	echo "session optional pam_ns.so dry_run" >>/etc/pam.d/loopy
	for i in $(seq 10); do echo "session include loopy-none"; done >/etc/pam.d/loopy-none
	pamd_check loopy loopy-none
	rm -f /etc/pam.d/loopy /etc/pam.d/loopy-none
	[ "$rc" = 124 ] && bad="$bad check did not finish in 10 s;"
	trial /etc/pam.d/loopy || bad="$bad loopy;"
	unloaded /etc/pam.d/loopy-none || bad="$bad loopy-none;"
	verdict "pamd: a stack that includes itself is read once, at once" "$bad" "rc=$rc $out"
}

# A FIFO blocks whoever opens it for reading, a directory reads as nothing:
# neither is a stack, nor read when included.  A link to a stack is one.
pamd_only_regular_files_are_stacks() {
	local bad="" out rc
	mkfifo /etc/pam.d/fifo
	mkdir /etc/pam.d/adir
	ln -s common-session /etc/pam.d/linked
	printf '@include fifo\nsession include adir\nsession include fifo\nsession optional pam_ns.so dry_run\n' \
		>/etc/pam.d/past-fifo
	pamd_check fifo adir linked past-fifo
	rm -rf /etc/pam.d/fifo /etc/pam.d/adir /etc/pam.d/linked /etc/pam.d/past-fifo
	[ "$rc" = 124 ] && bad="$bad check did not finish in 10 s;"
	no_stack fifo || bad="$bad fifo;"
	no_stack adir || bad="$bad adir;"
	grep -q '"linked"\|/linked' <<<"$out" && bad="$bad linked;"
	trial /etc/pam.d/past-fifo || bad="$bad past-fifo;"
	[ -z "$bad" ] && ok "pamd: a FIFO or directory in /etc/pam.d is no stack and blocks nothing; a link to one is" ||
		not_ok "pamd: a FIFO or directory in /etc/pam.d is no stack and blocks nothing; a link to one is" \
			"$bad rc=$rc $out"
}

# _pam_parse_conf_file: the type, include and substack in any case, "-"
# before the type; _pam_assemble_line: a backslash continues a line, past
# blank and comment lines; _pam_StrTok: "[...]" is one word, brackets off.
pamd_lines_as_libpam_reads_them() {
	local bad="" out rc s
	printf 'Session required pam_ns.so dry_run\n' >/etc/pam.d/upper-type
	printf 'session required \\\n\tpam_ns.so \\\n\n# a note\n   dry_run\n' >/etc/pam.d/continued
	printf -- '-SESSION [success=ok default=ignore] pam_ns.so [dry_run]\n' >/etc/pam.d/bracketed
	printf 'session Include upper-type\n' >/etc/pam.d/include-cased
	printf 'session SubStack bracketed\n' >/etc/pam.d/substack-cased
	printf -- '-@INCLUDE continued\n' >/etc/pam.d/at-include-cased
	pamd_check upper-type continued bracketed include-cased substack-cased at-include-cased
	for s in upper-type continued bracketed include-cased substack-cased at-include-cased; do
		trial "/etc/pam.d/$s" || bad="$bad $s;"
		rm -f "/etc/pam.d/$s"
	done
	grep -q 'unknown or invalid' <<<"$out" && bad="$bad an option refused;"
	[ -z "$bad" ] && ok "pamd: types and controls in any case, continued lines, [...] arguments, as libpam reads them" ||
		not_ok "pamd: types and controls in any case, continued lines, [...] arguments, as libpam reads them" \
			"$bad rc=$rc $out"
}

# libpam 1.5.2 reads a line in a buffer of 1024 bytes (_pam_assemble_line):
# past byte 1023 begins a line of its own, and a continued line goes on in
# the room its first part left.  What follows the cut is no argument of
# the module.
pamd_long_lines_cut_as_libpam_does() {
	local bad="" out rc l1 pad
	l1='session optional pam_permit.so \'
	pad=$(head -c $((1023 - ${#l1})) /dev/zero | tr '\0' y)
	printf '%s\n%s\n' "$l1" "${pad}session optional pam_ns.so dry_run" >/etc/pam.d/cut
	l1='session optional pam_ns.so dry_run'
	pad=$(head -c $((2000 - ${#l1})) /dev/zero | tr '\0' ' ')
	printf '%s\n' "$l1${pad}bogus_opt" >/etc/pam.d/long
	pamd_check cut long
	rm -f /etc/pam.d/cut /etc/pam.d/long
	trial /etc/pam.d/cut || bad="$bad cut;"
	trial /etc/pam.d/long || bad="$bad long;"
	grep -q 'bogus_opt' <<<"$out" && bad="$bad what follows byte 1023 taken as an option;"
	verdict "pamd: a line is cut after 1023 bytes, a continued one where libpam cuts it" "$bad" "rc=$rc $out"
}

# pam_start lower-cases the service's name: a file named with capitals is
# no service's stack, though a stack may include it.  Hidden files are no
# stacks either.
pamd_service_names() {
	local bad="" out rc
	printf 'session optional pam_ns.so dry_run\n' >/etc/pam.d/Upper
	printf 'session optional pam_ns.so dry_run\n' >/etc/pam.d/.hidden
	printf '@include Upper\n' >/etc/pam.d/with-upper
	pamd_check Upper .hidden with-upper
	rm -f /etc/pam.d/Upper /etc/pam.d/.hidden /etc/pam.d/with-upper
	no_stack Upper || bad="$bad Upper;"
	no_stack .hidden || bad="$bad .hidden;"
	trial /etc/pam.d/with-upper || bad="$bad with-upper;"
	[ -z "$bad" ] && ok "pamd: a name with capitals or a leading dot is no service; a stack may include it" ||
		not_ok "pamd: a name with capitals or a leading dot is no service; a stack may include it" \
			"$bad rc=$rc $out"
}

# _pam_open_config_file: an included name is looked for in /etc/pam.d,
# then /usr/lib/pam.d, what exists in the first hiding the second.
# _pam_load_conf_file: substacks nest at most 15 deep; includes as deep as
# they go.
pamd_includes_where_and_how_deep() {
	local bad="" out rc i vendor="$work/vendor.d" skipped=""
	# Without a /usr/lib/pam.d to bind ours over, that part is skipped.
	if [ ! -d /usr/lib/pam.d ]; then
		vendor="" skipped=" (not /usr/lib/pam.d: none here)"
	else
		mkdir "$vendor" && cp -R --preserve=mode,links /usr/lib/pam.d/. "$vendor/"
		printf 'session optional pam_ns.so dry_run\n' >"$vendor/vendor-only"
		printf 'session optional pam_ns.so dry_run\n' >"$vendor/shadowed"
		mount --bind "$vendor" /usr/lib/pam.d || bad="$bad cannot bind a /usr/lib/pam.d;"
	fi
	mkdir /etc/pam.d/shadowed
	printf '@include vendor-only\n' >/etc/pam.d/uses-vendor
	for i in $(seq 1 19); do echo "session include inc$((i + 1))" >"/etc/pam.d/inc$i"; done
	echo "session optional pam_ns.so dry_run" >/etc/pam.d/inc20
	for i in $(seq 0 15); do echo "session substack sub$((i + 1))" >"/etc/pam.d/sub$i"; done
	echo "session optional pam_ns.so dry_run" >/etc/pam.d/sub16
	pamd_check uses-vendor vendor-only shadowed inc1 sub1 sub0
	[ -n "$vendor" ] && umount /usr/lib/pam.d && rm -rf "$vendor"
	rm -rf /etc/pam.d/shadowed /etc/pam.d/uses-vendor /etc/pam.d/inc[0-9]* /etc/pam.d/sub[0-9]*
	if [ -n "$vendor" ]; then
		trial /etc/pam.d/uses-vendor || bad="$bad uses-vendor;"
		trial /usr/lib/pam.d/vendor-only || bad="$bad vendor-only;"
		no_stack shadowed || bad="$bad shadowed;"
	fi
	trial /etc/pam.d/inc1 || bad="$bad 19 includes;"
	trial /etc/pam.d/sub1 || bad="$bad 15 substacks;"
	unloaded /etc/pam.d/sub0 || bad="$bad 16 substacks;"
	[ -z "$bad" ] && ok "pamd: includes from /usr/lib/pam.d, deep includes, at most 15 substacks$skipped" ||
		not_ok "pamd: includes from /usr/lib/pam.d, deep includes, at most 15 substacks" "$bad rc=$rc $out"
}

TESTS+=(pamd_stack_that_includes_itself pamd_only_regular_files_are_stacks pamd_lines_as_libpam_reads_them
	pamd_long_lines_cut_as_libpam_does pamd_service_names pamd_includes_where_and_how_deep)
