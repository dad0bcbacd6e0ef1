# shellcheck shell=bash
# pam_ns_helper check: what it refuses, what it warns of.
# Sourced by tests/cli/run, which sets up the sandbox, NSS and the helpers
# used here (ok, not_ok, nss, write_policy); each case is a function named
# in TESTS.

check_shipped_policies() {
	local f out bad=""
	for f in "$top"/config/pam_ns.conf "$top"/config/default/pam_ns.conf "$top"/config/examples/*.conf; do
		[ -e "$f" ] || continue
		# pin_dir moves into the test's own directory: in a user namespace
		# the host's /run is not root's, and its trust is tested elsewhere.
		sed -e '/^pin_dir *=/d' -e "s|^version *= *1;|&\npin_dir = \"$work/pins\";|" \
			"$f" >"$work/shipped.conf" && chmod 0644 "$work/shipped.conf"
		if ! out=$("$helper" -c "$work/shipped.conf" check 2>&1) || [ -n "$out" ]; then
			bad="$bad ${f#"$top"/}: $out;"
		fi
	done
	[ -z "$bad" ] && ok "check accepts every shipped policy silently" ||
		not_ok "check accepts every shipped policy silently" "$bad"
}

# The installed default isolates nobody: every example in it is commented
# out, and each must be valid as it stands once uncommented (the lines of
# its set and of its rule), alone and all together.
uncomment_example() {
	python3 - "$1" "$2" <<'PY'
import re, sys
src, want = sys.argv[1], sys.argv[2]
example, code, out = None, False, []
for line in open(src).read().split("\n"):
    m = re.match(r"^\s*# \((\d+)\)", line)
    if m:
        example, code = m.group(1), False
    elif re.match(r"^\s*# (, \{|[a-z_]+ = \{)", line):
        code = True
    elif not line.strip():
        code = False
    if code and want in ("all", example):
        line = re.sub(r"^(\s*)# ", r"\1", line, count=1)
    out.append(line)
print("\n".join(out), end="")
PY
}

check_default_policy_examples() {
	local f="$top/config/default/pam_ns.conf" n out bad="" seen=""
	local examples; examples=$(sed -n 's/^ *# (\([0-9]*\)).*/\1/p' "$f" | sort -u)
	for n in $examples all; do
		uncomment_example "$f" "$n" >"$work/uncommented.conf"
		if cmp -s "$f" "$work/uncommented.conf"; then
			bad="$bad example $n: nothing to uncomment;"
			continue
		fi
		sed -e '/^pin_dir *=/d' -e "s|^version *= *1;|&\npin_dir = \"$work/pins\";|" \
			"$work/uncommented.conf" >"$work/example.conf" && chmod 0644 "$work/example.conf"
		if ! out=$(nss "$helper" -c "$work/example.conf" check 2>&1) || [ -n "$out" ]; then
			bad="$bad example $n: $out;"
		fi
		seen="$seen $n"
	done
	# shellcheck disable=SC2086  # (one number a line)
	[ "$(printf '%s\n' $examples | grep -c .)" -ge 4 ] || bad="$bad only examples '$examples' found;"
	[ -z "$bad" ] && ok "check accepts each example of the default policy, uncommented (${seen# })" ||
		not_ok "check accepts each example of the default policy, uncommented" "$bad"
}

check_reports_every_error_with_file_and_line() {
	write_policy <<'P'
version = 1;
rules = (
  { users = ["a"]; unshare = ["net", "bogus"]; },
  { users = ["b"]; join = "nowhere"; },
  { users = ["c"]; colour = "blue"; unshare = ["uts"]; }
);
P
	local out rc
	out=$("$helper" check -c "$policy" 2>&1); rc=$?
	local want1="$policy:3:" want2="$policy:4:" want3="$policy:5:"
	if [ "$rc" = 3 ] && grep -q "^$want1.*bogus" <<<"$out" && grep -q "^$want2.*nowhere" <<<"$out" &&
	   grep -q "^$want3.*colour" <<<"$out"; then
		ok "check reports every error as file:line and exits 3"
	else
		not_ok "check reports every error as file:line and exits 3" "rc=$rc out=$out"
	fi
}

check_refuses_untrusted_files() {
	write_policy <<'P'
version = 1;
rules = ( { users = ["a"]; unshare = ["net"]; } );
P
	local out rc
	ln -s "$policy" "$work/link.conf"
	out=$("$helper" check -c "$work/link.conf" 2>&1); rc=$?
	{ [ "$rc" = 3 ] && grep -qi "link" <<<"$out"; } || { not_ok "check refuses a symlinked policy" "rc=$rc out=$out"; return; }
	ok "check refuses a symlinked policy"
	chmod 0666 "$policy"
	out=$("$helper" check -c "$policy" 2>&1); rc=$?
	chmod 0644 "$policy"
	{ [ "$rc" = 3 ] && grep -qi "writable" <<<"$out"; } ||
		{ not_ok "check refuses a world-writable policy" "rc=$rc out=$out"; return; }
	ok "check refuses a world-writable policy"
}

check_reads_drop_ins_in_order() {
	write_policy <<P
version = 1;
pin_dir = "$work/pins";
rules = ( { users = ["alice"]; unshare = ["net"]; user_manager = "reachable"; } );
P
	mkdir -p "$work/pam_ns.d" && chmod 0755 "$work/pam_ns.d"
	printf 'rules = ( { users = ["bob"]; unshare = ["uts"]; } );\n' >"$work/pam_ns.d/20-b.conf"
	printf 'rules = ( { users = ["bob"]; unshare = ["ipc"]; user_manager = "reachable"; } );\n' \
		>"$work/pam_ns.d/10-a.conf"
	printf 'this is not read' >"$work/pam_ns.d/README"
	chmod 0644 "$work/pam_ns.d"/*
	local out
	out=$(nss "$helper" -c "$policy" explain -u bob 2>&1)
	rm -rf "$work/pam_ns.d"
	if grep -q "rule: *$work/pam_ns.d/10-a.conf:1" <<<"$out"; then
		ok "drop-ins are read in sorted order after the main file"
	else
		not_ok "drop-ins are read in sorted order after the main file" "$out"
	fi
}

TESTS+=(check_shipped_policies check_default_policy_examples check_reports_every_error_with_file_and_line check_refuses_untrusted_files check_reads_drop_ins_in_order)
