# shellcheck shell=bash
# pam_ns_helper check: what it refuses, what it warns of.
# Sourced by tests/cli/run, which sets up the sandbox, NSS and the helpers
# used here (ok, not_ok, nss, write_policy); each case is a function named
# in TESTS.

check_shipped_policies() {
	local f out bad=""
	mkdir -p "$work/hooks" && cp "$top"/config/examples/hooks/* "$work/hooks/" && chmod 0755 "$work/hooks"/*
	for f in "$top"/config/pam_ns.conf "$top"/config/default/pam_ns.conf "$top"/config/examples/*.conf; do
		[ -e "$f" ] || continue
		# pin_dir moves into the test's own directory: in a user namespace
		# the host's /run is not root's, and its trust is tested elsewhere.
		# The examples' hooks are where their comments say to install them:
		# here, copies of the shipped ones.
		sed -e '/^pin_dir *=/d' -e "s|^version *= *1;|&\npin_dir = \"$work/pins\";|" \
			-e "s|/usr/local/lib/pam_ns/hooks/|$work/hooks/|g" \
			"$f" >"$work/shipped.conf" && chmod 0644 "$work/shipped.conf"
		# Warnings are expected (their groups are not in this run's
		# NSS, their external pins not made): errors are not.
		if ! out=$("$helper" -c "$work/shipped.conf" check 2>&1) || grep -v ': warning: ' <<<"$out" | grep -q .; then
			bad="$bad ${f#"$top"/}: $out;"
		fi
	done
	verdict "check accepts every shipped policy (warnings aside)" "$bad"
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
		if ! out=$(nss "$helper" -c "$work/example.conf" check 2>&1) || grep -v ': warning: ' <<<"$out" | grep -q .; then
			bad="$bad example $n: $out;"
		fi
		seen="$seen $n"
	done
	# shellcheck disable=SC2086  # (one number a line)
	[ "$(printf '%s\n' $examples | grep -c .)" -ge 4 ] || bad="$bad only examples '$examples' found;"
	[ -z "$bad" ] && ok "check accepts each example of the default policy, uncommented, warnings aside (${seen# })" ||
		not_ok "check accepts each example of the default policy, uncommented, warnings aside" "$bad"
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

# A hook root should not run fails every creation (or deletion) of its set:
# an error at the hooks line; a trusted one is no finding.
check_hooks_must_be_trusted() {
	mkdir -p "$work/hk" && chmod 0755 "$work/hk"
	printf '#!/bin/sh\nexit 0\n' >"$work/hk/good" && cp "$work/hk/good" "$work/hk/loose"
	chmod 0755 "$work/hk/good" && chmod 0777 "$work/hk/loose"
	write_policy <<P
version = 1;
pin_dir = "$work/pins";
namespaces = {
  good = { types = ["net"]; per = "user"; hooks = { create = "$work/hk/good"; delete = "$work/hk/good"; }; };
  loose = { types = ["net"]; per = "user";
    hooks = { create = "$work/hk/loose"; delete = "$work/hk/missing"; }; };
};
rules = ( { users = ["alice"]; join = "good"; create = true; user_manager = "reachable"; },
          { users = ["bob"]; join = "loose"; create = true; user_manager = "reachable"; } );
P
	local out rc bad=""
	out=$(nss "$helper" -c "$policy" check 2>&1); rc=$?
	[ "$rc" = 3 ] || bad="$bad rc=$rc;"
	grep -qF "$policy:6: set loose: create hook $work/hk/loose is refused: " <<<"$out" &&
		grep -q "$policy:6: set loose: create hook .*logins that would create it would be refused" <<<"$out" ||
		bad="$bad no error for the writable create hook;"
	grep -qF "$policy:6: set loose: delete hook $work/hk/missing is refused: " <<<"$out" || bad="$bad no error for the missing delete hook;"
	grep -q "hk/good" <<<"$out" && bad="$bad a finding for the trusted hook;"
	rm -rf "$work/hk"
	[ -z "$bad" ] && ok "check: a hook root should not run is an error at its hooks line" ||
		not_ok "check: a hook root should not run is an error at its hooks line" "$bad $out"
}

TESTS+=(check_hooks_must_be_trusted check_shipped_policies check_default_policy_examples check_reports_every_error_with_file_and_line check_refuses_untrusted_files check_reads_drop_ins_in_order)

# --- what logins would meet -------------------------------------------------
# check's findings: "FILE:LINE: message" for errors (exit 3), "FILE:LINE:
# warning: message" for warnings (exit 0, 3 with --strict).

# Run check on $policy through nss_wrapper: sets out and rc.
run_check() { out=$(nss "$helper" -c "$policy" check "$@" 2>&1); rc=$?; }

# has LINE REGEX: a finding at that line of $policy matches REGEX.
has() { grep -q "^$policy:$1: $2" <<<"$out"; }

# session_stack TEXT: this run's common-session reads TEXT ("+TEXT": its
# own lines, then TEXT) until session_stack_back.
session_stack() {
	local f=/etc/pam.d/common-session
	[ -e "$work/common-session.saved" ] || cp "$f" "$work/common-session.saved"
	case "$1" in
	+*) { cat "$work/common-session.saved"; printf '%s\n' "${1#+}"; } >"$f" ;;
	*) printf '%s\n' "$1" >"$f" ;;
	esac
}
session_stack_back() { mv "$work/common-session.saved" /etc/pam.d/common-session; }

check_clean_policy_is_silent() {
	write_policy <<P
version = 1;
pin_dir = "$work/pins";
namespaces = { team = { types = ["net", "uts"]; per = "group"; group_from = ["pamns-team"]; }; };
rules = (
  { users = ["root"]; action = "none"; },
  { groups = ["students"]; services = ["sshd", "su", "su-l"]; unshare = ["net", "mnt", "pid"]; proc = true; },
  { groups = ["pamns-team"]; join = "team"; create = true; unshare = ["mnt"]; user_manager = "reachable"; }
);
P
	local out rc
	run_check --strict
	[ "$rc" = 0 ] && [ -z "$out" ] && ok "check: a sound policy passes --strict silently" ||
		not_ok "check: a sound policy passes --strict silently" "rc=$rc out=$out"
}

# The admin trial's case: /var/run is a link to /run on Debian, so a pin
# named through it is refused by every login; check says so, as an error
# at the paths line.
check_external_pin_paths() {
	local bad="" out rc
	[ -L /var/run ] || { not_ok "check: external pins" "/var/run is not a symbolic link here"; return; }
	write_policy <<P
version = 1;
pin_dir = "$work/pins";
namespaces = {
  vpn = { paths = {
    net = "/var/run/netns/pns-cli-vpn"; }; };
  later = { paths = { net = "$work/later/net"; }; };
  file = { paths = { uts = "$work/ext/plain"; }; };
};
rules = (
  { users = ["alice"]; join = "vpn"; user_manager = "reachable"; },
  { users = ["bob"]; join = "later"; user_manager = "reachable"; },
  { users = ["carol"]; join = "file"; }
);
P
	mkdir -p "$work/ext" && : >"$work/ext/plain"
	run_check
	[ "$rc" = 3 ] || bad="$bad rc=$rc;"
	has 5 "set vpn: net pin /var/run/netns/pns-cli-vpn can never be used: .*symbolic link" || bad="$bad vpn;"
	has 6 "warning: set later: net pin $work/later/net does not exist (yet)" || bad="$bad later;"
	has 7 "warning: set file: .*not a pinned namespace" || bad="$bad file;"
	# The real path is fine; only a missing pin is left, a warning.
	sed -i 's|/var/run/netns|/run/netns|' "$policy"
	run_check
	[ "$rc" = 0 ] && ! grep -v ': warning: ' <<<"$out" | grep -q . || bad="$bad after the fix: rc=$rc;"
	rm -rf "$work/ext"
	verdict "check: a link in an external pin path is an error, a missing pin a warning" "$bad" "$out"
}

check_pin_dir_through_a_link() {
	mkdir -p "$work/real" && ln -sfn "$work/real" "$work/linked"
	write_policy <<P
version = 1;
pin_dir = "$work/linked/pins";
rules = ( { users = ["alice"]; unshare = ["uts"]; } );
P
	local out rc
	run_check
	rm -f "$work/linked"
	[ "$rc" = 3 ] && grep -q "pin_dir $work/linked/pins cannot be used: .*symbolic link" <<<"$out" &&
		ok "check: a pin_dir through a link is an error" ||
		not_ok "check: a pin_dir through a link is an error" "rc=$rc out=$out"
}

# The programs logins run: the helper (a rule that creates its set at
# login) and pam_ns-init (a new pid namespace), as the PAM stacks name them.
check_programs_logins_run() {
	local bad="" out rc
	write_policy <<P
version = 1;
pin_dir = "$work/pins";
namespaces = { home = { types = ["net"]; per = "user"; }; };
rules = (
  { users = ["alice"]; join = "home"; create = true; user_manager = "reachable"; },
  { users = ["bob"]; unshare = ["pid", "mnt"]; proc = true; }
);
P
	run_check
	[ "$rc" = 0 ] || bad="$bad sound: rc=$rc $out;"
	session_stack "session required $module helper=$work/no-helper init=$work/bad-init"
	cp "$top/$BUILD/pam_ns-init" "$work/bad-init" && chmod 0777 "$work/bad-init"
	run_check
	[ "$rc" = 3 ] || bad="$bad rc=$rc;"
	has 5 "this rule creates set home at login with pam_ns_helper: $work/no-helper (helper= in the PAM stack /etc/pam.d/common-session) cannot be run: " || bad="$bad helper;"
	has 6 "this rule unshares pid, whose PID 1 is pam_ns-init: $work/bad-init .*writable" || bad="$bad init;"
	session_stack_back
	rm -f "$work/bad-init"
	verdict "check: a helper or init that logins cannot run is an error" "$bad" "$out"
}

check_users_and_groups_nss_knows() {
	local bad="" out rc
	write_policy <<P
version = 1;
pin_dir = "$work/pins";
namespaces = { lab = { types = ["uts"]; per = "group"; group_from = ["studnets", "students"]; }; };
rules = (
  { users = ["alise", "bob", "car*"]; not_users = ["nobody-x"]; unshare = ["uts"]; },
  { groups = ["students"]; not_groups = ["tas"]; join = "lab"; }
);
P
	run_check
	[ "$rc" = 0 ] || bad="$bad rc=$rc;"
	has 5 'warning: users: no user "alise" is known to NSS' || bad="$bad alise;"
	has 5 'warning: not_users: no user "nobody-x" is known to NSS (getent passwd): it excludes nobody' || bad="$bad nobody-x;"
	has 6 'warning: not_groups: no group "tas"' || bad="$bad tas;"
	has 3 'warning: group_from: no group "studnets"' || bad="$bad studnets;"
	grep -q '"bob"\|"car\*"\|"students" is known' <<<"$out" && bad="$bad known names reported;"
	run_check --strict
	[ "$rc" = 3 ] || bad="$bad --strict rc=$rc;"
	# NSS failing is said as such, not as "unknown".
	cat >"$work/nssfail.c" <<'C'
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <grp.h>
#include <string.h>
int getgrnam_r(const char *name, struct group *g, char *buf, size_t n, struct group **res)
{
	int (*next)(const char *, struct group *, char *, size_t, struct group **) =
		(int (*)(const char *, struct group *, char *, size_t, struct group **))dlsym(RTLD_NEXT, "getgrnam_r");
	*res = NULL;
	return strcmp(name, "students") ? next(name, g, buf, n, res) : EIO;
}
C
	if cc -shared -fPIC -o "$work/nssfail.so" "$work/nssfail.c" -ldl 2>/dev/null; then
		out=$(LD_PRELOAD="$work/nssfail.so libnss_wrapper.so" NSS_WRAPPER_PASSWD="$work/passwd" \
			NSS_WRAPPER_GROUP="$work/group" "$helper" -c "$policy" check 2>&1)
		has 6 'warning: groups: NSS failed: looking up group students: Input/output error' ||
			bad="$bad NSS failure: $out;"
	else
		bad="$bad cannot build the NSS shim;"
	fi
	verdict "check: users and groups NSS does not know, and NSS failures, are warnings" "$bad" "$out"
}

check_services_and_their_stacks() {
	local bad="" out rc
	write_policy <<P
version = 1;
pin_dir = "$work/pins";
rules = (
  { users = ["alice"]; services = ["ssh", "shd"]; unshare = ["uts"]; },
  { users = ["bob"]; services = ["su"]; unshare = ["uts"]; },
  { users = ["carol"]; services = ["plainstack", "sudo", "sudo-i"]; unshare = ["uts"]; },
  { users = ["stu"]; services = ["x-*"]; not_services = ["cronn"]; unshare = ["uts"]; },
  { users = ["root"]; services = ["SSHD"]; action = "none"; },
  { users = ["bob"]; not_services = ["sshd"]; unshare = ["ipc"]; user_manager = "reachable"; }
);
P
	printf 'session required pam_unix.so\n' >/etc/pam.d/plainstack
	run_check
	[ "$rc" = 0 ] || bad="$bad rc=$rc;"
	has 4 'warning: services: no PAM service "ssh" (no stack ssh in /etc/pam.d or /usr/lib/pam.d).*did you mean sshd?' || bad="$bad ssh;"
	has 4 'warning: services: no PAM service "shd".*did you mean sshd?' || bad="$bad shd;"
	has 5 'warning: services: names su but not su-l: su - USER and su -l USER open the service su-l' || bad="$bad su;"
	has 6 'warning: services: the PAM stack /etc/pam.d/plainstack does not load pam_ns.so' || bad="$bad plainstack;"
	# Not named, matched all the same: a rule without services.
	has 9 'warning: logins through plainstack match this rule but are not isolated: its PAM stack runs no pam_ns.so' ||
		bad="$bad unnamed;"
	has 6 'warning: services: .*sudo-i' && bad="$bad sudo-i reported;"
	has 7 'warning: services: "x-\*" matches no PAM service' || bad="$bad pattern;"
	has 7 'warning: not_services: no PAM service "cronn".*did you mean cron?' || bad="$bad cronn;"
	has 8 'warning: services: "SSHD" is no PAM service name: libpam lower-cases' || bad="$bad SSHD;"
	# A stack on trial (dry_run) is said to be one.
	printf 'session optional pam_ns.so dry_run\n' >/etc/pam.d/x-trial
	sed -i 's|"x-\*"|"x-trial"|' "$policy"
	run_check
	has 7 'warning: services: the PAM stack /etc/pam.d/x-trial loads pam_ns.so with dry_run only' ||
		bad="$bad dry_run;"
	rm -f /etc/pam.d/x-trial /etc/pam.d/plainstack
	verdict "check: services without a stack, without pam_ns, on trial, or without their pair" "$bad" "$out"
}

check_no_stack_loads_pam_ns() {
	local out rc nonint=/etc/pam.d/common-session-noninteractive
	session_stack 'session required pam_unix.so'
	cp "$nonint" "$work/nonint.saved" && cp /etc/pam.d/common-session "$nonint"
	write_policy <<P
version = 1;
pin_dir = "$work/pins";
rules = ( { users = ["alice"]; services = ["sshd"]; unshare = ["uts"]; } );
P
	run_check
	session_stack_back
	cp "$work/nonint.saved" "$nonint"
	if [ "$rc" = 0 ] && [ "$(grep -c .  <<<"$out")" = 1 ] &&
	   grep -q "^$policy: warning: no PAM stack in /etc/pam.d loads pam_ns.so yet" <<<"$out"; then
		ok "check: no stack loading pam_ns is said once"
	else
		not_ok "check: no stack loading pam_ns is said once" "rc=$rc out=$out"
	fi
}

check_shadowed_rules_and_unused_sets() {
	local bad="" out rc
	write_policy <<P
version = 1;
pin_dir = "$work/pins";
namespaces = {
  spare = { types = ["uts"]; };
  team = { types = ["uts"]; per = "group"; group_from = ["devs", "pamns-team", "students"]; };
};
rules = (
  { groups = ["stud*"]; not_users = ["root"]; unshare = ["uts"]; },
  { groups = ["students"]; users = ["stu"]; services = ["sshd"]; unshare = ["net"]; user_manager = "reachable"; },
  { users = ["bob"]; unshare = ["ipc"]; user_manager = "reachable"; },
  { groups = ["pamns-team", "students"]; not_groups = ["devs"]; join = "team"; create = true; }
);
P
	run_check
	[ "$rc" = 0 ] || bad="$bad rc=$rc;"
	has 9 "warning: this rule never matches: the rule at $policy:8, before it, matches every login it does" ||
		bad="$bad shadowed;"
	grep -q "^$policy:10: warning: this rule never matches" <<<"$out" && bad="$bad bob shadowed;"
	has 4 'warning: set spare is joined by no rule' || bad="$bad spare;"
	grep -q "set team is joined by no rule" <<<"$out" && bad="$bad team unused;"
	has 11 'warning: group_from "devs" of set team .*excludes that group (not_groups)' || bad="$bad devs;"
	grep -q 'group_from "pamns-team"' <<<"$out" && bad="$bad pamns-team;"
	verdict "check: shadowed rules, unused sets and group_from groups the rule cannot match" "$bad" "$out"
}

check_shared_set_nobody_creates() {
	local bad="" out rc
	write_policy <<P
version = 1;
pin_dir = "$work/pins";
namespaces = { lab = { types = ["net"]; }; };
rules = ( { users = ["alice"]; join = "lab"; user_manager = "reachable"; } );
P
	run_check
	has 3 "warning: set lab is not pinned now, and no rule that joins it creates it: logins of the rule at $policy:4" ||
		bad="$bad before: $out;"
	nss "$helper" -c "$policy" apply >/dev/null 2>&1 || bad="$bad apply failed;"
	run_check
	[ "$rc" = 0 ] && [ -z "$out" ] || bad="$bad after apply: rc=$rc $out;"
	nss "$helper" -c "$policy" purge >/dev/null 2>&1
	verdict "check: a shared set no rule creates is a warning until it is made" "$bad"
}

TESTS+=(check_clean_policy_is_silent check_external_pin_paths check_pin_dir_through_a_link
	check_programs_logins_run check_users_and_groups_nss_knows check_services_and_their_stacks
	check_no_stack_loads_pam_ns check_shadowed_rules_and_unused_sets check_shared_set_nobody_creates)

# stack_line_is_an_error NAME LINE WORD REGEX: with LINE in common-session
# ("+LINE": added to it), check exits 3 and says REGEX of common-session,
# once (the lines naming WORD counted).
stack_line_is_an_error() {
	local out rc
	session_stack "$2"
	write_policy <<P
version = 1;
pin_dir = "$work/pins";
rules = ( { users = ["alice"]; services = ["sshd"]; unshare = ["uts"]; } );
P
	run_check
	session_stack_back
	if [ "$rc" = 3 ] && [ "$(grep -c "$3" <<<"$out")" = 1 ] &&
	   grep -q "^/etc/pam.d/common-session: $4" <<<"$out"; then
		ok "$1"
	else
		not_ok "$1" "rc=$rc out=$out"
	fi
}

check_module_options_in_stacks() {
	stack_line_is_an_error "check: a pam_ns.so option the module refuses is an error, once per stack file" \
		"+session optional $module confg=/etc/x dry_run" confg \
		'pam_ns.so option "confg=/etc/x" is unknown or invalid'
}
TESTS+=(check_module_options_in_stacks)

# Names a login turns into a store path or a hostname, refused at login
# whatever happens: errors when the rule names them literally.
check_names_logins_refuse() {
	local bad="" out rc
	write_policy <<P
version = 1;
pin_dir = "$work/pins";
namespaces = { home = { types = ["uts"]; per = "user"; }; team = { types = ["uts"]; per = "group"; }; };
rules = (
  { users = ["eve@corp", "bob"]; join = "home"; create = true; },
  { users = ["x_y", "alice"]; services = ["sshd"]; unshare = ["uts"]; hostname = "%u-%s"; },
  { users = ["carol"]; join = "team"; }
);
P
	run_check
	[ "$rc" = 3 ] || bad="$bad rc=$rc;"
	has 5 'user name "eve@corp" cannot name an instance of set home.*: its logins would be refused' || bad="$bad eve;"
	grep -q '"bob" cannot' <<<"$out" && bad="$bad bob;"
	has 6 'hostname "%u-%s" gives "x_y-sshd" for user x_y, service sshd, which is not a valid host name' || bad="$bad host;"
	has 3 "warning: set team is per-group and no rule that joins it creates it: logins of the rule at $policy:7 would be refused until their instance is made (pam_ns_helper create team -g NAME)" ||
		bad="$bad team;"
	verdict "check: instance names and hostnames a login would refuse are errors" "$bad" "$out"
}
TESTS+=(check_names_logins_refuse)

# Hostname templates that no name a pattern matches can make valid: a
# character every such name holds, or a length even the shortest passes.
check_hostname_patterns_logins_refuse() {
	local bad="" out rc long
	long=$(printf 'a%.0s' $(seq 60))
	write_policy <<P
version = 1;
pin_dir = "$work/pins";
rules = (
  { users = ["svc_*"]; unshare = ["uts"]; hostname = "%u"; },
  { users = ["admin-??????"]; unshare = ["uts"]; hostname = "$long%u"; },
  { users = ["*", "st?ff*"]; groups = ["lab*"]; unshare = ["uts"]; hostname = "%u.%g"; }
);
P
	run_check
	[ "$rc" = 3 ] || bad="$bad rc=$rc;"
	has 4 "hostname \"%u\" is never a valid host name for the users matching \"svc_\*\" (%u): every name it matches holds '_', which no host name may; those logins" || bad="$bad underscore;"
	has 5 'hostname "a*%u" is never a valid host name for the users matching "admin-??????" (%u): even its shortest name makes it 72 bytes, more than the 64 of a host name' || bad="$bad length;"
	grep -q "^$policy:6: .*never a valid host name" <<<"$out" && bad="$bad false positive;"
	verdict "check: hostname templates no name of a pattern can make valid are errors" "$bad" "$out"
}
TESTS+=(check_hostname_patterns_logins_refuse)

# The programs a rule's logins run are those of the stacks of the services
# it may match: a bad helper= in cron's stack is no error for an sshd rule;
# a stack naming only helper= runs the built-in init, and the other way
# round.
check_programs_per_stack() {
	local bad="" out rc
	write_policy <<P
version = 1;
pin_dir = "$work/pins";
namespaces = { home = { types = ["uts"]; per = "user"; }; };
rules = (
  { users = ["alice"]; services = ["sshd"]; join = "home"; create = true; },
  { users = ["bob"]; services = ["cron"]; join = "home"; create = true; }
);
P
	session_stack "session required $module helper=$helper"
	printf 'session required %s helper=%s\n' "$module" "$work/no-helper" >/etc/pam.d/cron
	run_check
	[ "$rc" = 3 ] || bad="$bad rc=$rc;"
	grep -q "^$policy:5: .*cannot be run" <<<"$out" && bad="$bad sshd rule blamed;"
	has 6 "this rule creates set home at login with pam_ns_helper: $work/no-helper (helper= in the PAM stack /etc/pam.d/cron) cannot be run" ||
		bad="$bad cron rule;"
	grep -q "built-in" <<<"$out" && bad="$bad built-in path blamed;"
	printf '@include common-session-noninteractive\n' >/etc/pam.d/cron
	session_stack_back
	verdict "check: each rule's programs come from the stacks of its services" "$bad" "$out"
}

check_more_findings() {
	local bad="" out rc
	# A shadowed rule that still hides its users' manager; a group_from
	# group every matched user has an earlier one for; a named user in
	# none of group_from; another policy named by a stack; on_error.
	write_policy <<P
version = 1;
pin_dir = "$work/pins";
on_error = "allow";
namespaces = { team = { types = ["uts"]; per = "group"; group_from = ["devs", "pamns-team"]; }; };
rules = (
  { users = ["alice"]; services = ["sshd"]; action = "none"; },
  { users = ["alice"]; services = ["sshd"]; unshare = ["net", "mnt", "pid"]; proc = true; },
  { groups = ["devs"]; join = "team"; create = true; },
  { users = ["carol"]; join = "team"; create = true; }
);
P
	session_stack "session required $module config=/etc/security/other.conf helper=$helper init=$top/$BUILD/pam_ns-init"
	run_check
	session_stack_back
	has 7 "warning: this rule never matches: .*; it still hides the user manager of its users" || bad="$bad manager;"
	has 8 'warning: group_from "pamns-team" of set team .*every user this rule matches is in a group listed before it' ||
		bad="$bad before;"
	has 9 'warning: user carol, as NSS knows the user now: user carol is in none of the groups of set team (group_from); those logins would go through unisolated (on_error = allow)' ||
		bad="$bad carol;"
	[ "$(grep -c 'config=/etc/security/other.conf' <<<"$out")" = 1 ] &&
		grep -q '^/etc/pam.d/common-session: warning: pam_ns.so runs with config=/etc/security/other.conf here' <<<"$out" ||
		bad="$bad config=;"
	verdict "check: shadowed but hiding, group_from order, named users, other policies, on_error" "$bad" "$out"
}
TESTS+=(check_programs_per_stack check_more_findings)

# Hostnames checked with the names the policy gives, the rest standing for
# anything; a shadowed rule said to hide the manager only where it does;
# rescue= names; a named user an earlier rule takes.
check_hostnames_and_names() {
	local bad="" out rc
	write_policy <<P
version = 1;
pin_dir = "$work/pins";
namespaces = {
  team = { types = ["ipc"]; per = "group"; group_from = ["devs"]; };
  lab = { types = ["uts"]; per = "group"; group_from = ["dev_ops", "ops"]; hostname = "%g"; };
};
rules = (
  { users = ["alice"]; services = ["sshd"]; unshare = ["uts"]; hostname = "%u.%s"; },
  { users = ["alice"]; services = ["sshd"]; unshare = ["uts"]; },
  { users = ["bob"]; join = "team"; create = true; unshare = ["uts"]; hostname = "%g-box"; user_manager = "reachable"; },
  { groups = ["dev_ops", "devs"]; unshare = ["uts"]; hostname = "%g-x"; },
  { groups = ["pamns-team"]; join = "lab"; create = true; },
  { users = ["alice"]; unshare = ["ipc"]; user_manager = "reachable"; },
  { users = ["carol"]; action = "none"; },
  { users = ["carol"]; unshare = ["net", "pid", "mnt"]; proc = true; }
);
P
	session_stack "session required $module rescue=roott helper=$helper init=$top/$BUILD/pam_ns-init"
	run_check
	session_stack_back
	[ "$rc" = 3 ] || bad="$bad rc=$rc;"
	grep -q "^$policy:\(8\|10\): hostname" <<<"$out" && bad="$bad false hostname error;"
	has 11 'hostname "%g-x" gives "dev_ops-x" for group dev_ops, which is not a valid host name' || bad="$bad dev_ops;"
	has 5 'hostname "dev_ops" (from "%g") of set lab is not a valid host name; the set cannot be made for group dev_ops' ||
		bad="$bad lab;"
	has 9 "warning: this rule never matches: the rule at $policy:8" || bad="$bad shadowed;"
	grep -q "^$policy:15: warning: this rule never matches.*still hides" <<<"$out" && bad="$bad false manager claim;"
	has 15 "warning: this rule never matches: the rule at $policy:14" || bad="$bad carol shadowed;"
	has 13 "warning: user alice, as NSS knows the user now, is matched by the rule at $policy:11, before this one" ||
		bad="$bad alice taken;"
	[ "$(grep -c 'rescue=roott' <<<"$out")" = 1 ] &&
		grep -q '^/etc/pam.d/common-session: warning: pam_ns.so rescue=roott: no user "roott" is known to NSS' <<<"$out" ||
		bad="$bad rescue;"
	grep -q "^$policy:9: warning: user alice" <<<"$out" && bad="$bad shadowed rule's user said twice;"
	verdict "check: hostnames with the policy's names, shadowed manager claims, rescue= names, users taken earlier" \
		"$bad" "$out"
}
TESTS+=(check_hostnames_and_names)

# A pam_ns line whose module libpam cannot find: every session of its
# stacks fails ("Module is unknown"), the admin's own included.
check_module_libpam_cannot_find() {
	stack_line_is_an_error "check: a pam_ns module libpam cannot find is an error, once per line" \
		"session required $work/nowhere/pam_ns.so helper=$helper" nowhere \
		"its pam_ns line loads $work/nowhere/pam_ns.so, which libpam does not find"
}
TESTS+=(check_module_libpam_cannot_find)

# /run/netns through a link: an ip_netns set cannot be made (this run's
# /run is a tmpfs of its own).
check_run_netns_through_a_link() {
	local out rc
	write_policy <<P
version = 1;
pin_dir = "$work/pins";
namespaces = { lab = { types = ["net"]; ip_netns = true; }; };
rules = ( { users = ["alice"]; join = "lab"; create = true; user_manager = "reachable"; } );
P
	mkdir /run/elsewhere && ln -s /run/elsewhere /run/netns
	run_check
	rm -rf /run/netns /run/elsewhere
	if [ "$rc" = 3 ] && grep -q "^$policy:3: set lab (ip_netns): .*/run/netns.*symbolic link.*; the set cannot be made" <<<"$out"; then
		ok "check: an ip_netns set with /run/netns through a link is an error"
	else
		not_ok "check: an ip_netns set with /run/netns through a link is an error" "rc=$rc out=$out"
	fi
}
TESTS+=(check_run_netns_through_a_link)

# The bridge of a set's uplink, looked up where check runs: absent, a
# warning (every create of the set would fail); present, nothing.
check_uplink_bridge_missing() {
	local out rc bad=""
	write_policy <<P
version = 1;
pin_dir = "$work/pins";
namespaces = { lab = { types = ["net"]; per = "user"; uplink = { bridge = "pns-nobr0"; }; };
  here = { types = ["net"]; uplink = { bridge = "lo"; isolated = false; }; }; };
rules = ( { users = ["alice"]; join = "lab"; create = true; user_manager = "reachable"; },
  { users = ["bob"]; join = "here"; create = true; user_manager = "reachable"; } );
P
	run_check
	grep -q "^$policy:3: warning: set lab: the bridge pns-nobr0 of its uplink does not exist on the host's network (the net namespace of /proc/1): creating the set fails until it does" <<<"$out" ||
		bad="$bad no warning for pns-nobr0;"
	grep -q "bridge lo" <<<"$out" && bad="$bad a warning for lo, which exists;"
	[ "$rc" = 0 ] || bad="$bad rc $rc (a warning only);"
	verdict "check: an uplink's missing bridge is a warning" "$bad" "$out"
}
TESTS+=(check_uplink_bridge_missing)

# Uplinks on one bridge whose address pools overlap: an instance of each
# can get the same address.  Pools apart, a shared set's address below a
# per-user pool in the same prefix (uids only add), sets without a bridge
# (each its own link), another family: nothing.
check_uplink_pools_overlap() {
	local out rc bad=""
	write_policy <<P
version = 1;
pin_dir = "$work/pins";
namespaces = {
  users = { types = ["net"]; per = "user"; uplink = { bridge = "lo"; address = "10.200.0.0/16"; isolated = false; }; };
  groups = { types = ["net"]; per = "group"; uplink = { bridge = "lo"; address = "10.200.0.0/16"; isolated = false; }; };
  web = { types = ["net"]; uplink = { bridge = "lo"; address = "10.200.3.233/24"; isolated = false; }; };
  next = { types = ["net"]; per = "user"; uplink = { bridge = "lo"; address = "10.201.0.0/16"; isolated = false; }; };
  db = { types = ["net"]; uplink = { bridge = "lo"; address = "10.201.0.1/16"; isolated = false; }; };
  apart = { types = ["net"]; per = "user"; uplink = { address = "10.200.0.0/16"; }; };
  alone = { types = ["net"]; per = "user"; uplink = { address = "10.200.0.0/16"; }; };
  six = { types = ["net"]; per = "user"; uplink = { bridge = "lo"; address = "fd00:200::/64"; isolated = false; }; };
  late = { types = ["net"]; per = "user"; uplink = { bridge = "lo"; address = "10.202.128.0/16"; isolated = false; }; };
  early = { types = ["net"]; uplink = { bridge = "lo"; address = "10.202.0.5/16"; isolated = false; }; };
};
P
	run_check
	has 5 "warning: sets users ($policy:4) and groups give addresses from overlapping pools on bridge lo (10.200.0.0/16 and 10.200.0.0/16): a uid of users and a gid of groups can get the same address" ||
		bad="$bad users and groups;"
	has 6 "warning: sets users ($policy:4) and web give addresses from overlapping pools on bridge lo (10.200.0.0/16 and 10.200.3.233/24): a uid of users and the instance of web can get the same address" ||
		bad="$bad users and web;"
	has 6 "warning: sets groups ($policy:5) and web " || bad="$bad groups and web;"
	# next starts at 10.201.0.0: db, shared, sits at 10.201.0.1, which
	# uid 1 gets.
	has 8 "warning: sets next ($policy:7) and db .*(10.201.0.0/16 and 10.201.0.1/16): a uid of next and the instance of db" ||
		bad="$bad next and db;"
	[ "$(grep -c 'overlapping pools' <<<"$out")" = 4 ] || bad="$bad not 4 overlaps;"
	grep -q "overlapping.*\(apart\|alone\|six\|early\)" <<<"$out" && bad="$bad a bridgeless, IPv6 or out of pool set blamed;"
	[ "$rc" = 0 ] || bad="$bad rc $rc (warnings only);"
	verdict "check: uplinks on one bridge with overlapping address pools are a warning" "$bad" "$out"
}
TESTS+=(check_uplink_pools_overlap)

# The entries of /etc/netns/NAME, each as the view treats it: one whose
# type does not fit the /etc entry it would cover (a directory over a
# non-directory or the reverse, a link in /etc not followed) is skipped, a
# relative link resolves from /etc, one with nothing in /etc to cover is
# not applied.  Said once per name, at the first rule or set using it.
# /etc is an overlay of this test's, so the host's is left alone; as a
# normal user (a user namespace) /etc is not root's and cannot be trusted.
check_etc_netns_entries() {
	local out rc bad="" up="$work/etc-up" wk="$work/etc-wk" name="check: entries of /etc/netns/NAME the view skips or resolves elsewhere"
	if ! grep -q '^ *0 *0 ' /proc/self/uid_map; then
		ok "$name (skipped: not root, /etc cannot be trusted here)"
		return
	fi
	mkdir -p "$up" "$wk" && chmod 0755 "$up"
	mount -t overlay pns-cli-etc -o "lowerdir=/etc,upperdir=$up,workdir=$wk" /etc ||
		{ not_ok "$name" "cannot mount an overlay on /etc"; return; }
	mount --bind "$work/pam.d" /etc/pam.d
	local n=/etc/netns/pnscli
	mkdir -p $n && chmod 0755 /etc/netns $n
	: >/etc/pns-f && mkdir $n/pns-f
	mkdir /etc/pns-d && : >$n/pns-d
	: >/etc/pns-rel && ln -s pns-rel.target $n/pns-rel
	: >/etc/pns-abs && ln -s $n/pns-rel.target $n/pns-abs
	: >/etc/pns-ok && : >$n/pns-ok
	mkdir /etc/pns-dd $n/pns-dd
	: >$n/pns-none
	ln -s /tmp /etc/pns-lnk && mkdir $n/pns-lnk
	mkdir /etc/pns-reldir $n/sub && ln -s sub $n/pns-reldir
	rm -f /etc/sub
	write_policy <<P
version = 1;
pin_dir = "$work/pins";
namespaces = { lab = { types = ["net", "mnt"]; netns = "pnscli"; }; };
rules = ( { users = ["alice"]; unshare = ["net", "mnt"]; netns = "pnscli"; user_manager = "reachable"; },
  { users = ["bob"]; join = "lab"; create = true; user_manager = "reachable"; } );
P
	run_check
	umount /etc/pam.d && umount /etc || bad="$bad cannot unmount the overlay;"
	local w="warning: netns \"pnscli\": $n"
	has 4 "$w/pns-f is a directory and /etc/pns-f is not: it is skipped, the session sees the host's /etc/pns-f$" ||
		bad="$bad pns-f;"
	has 4 "$w/pns-d is not a directory and /etc/pns-d is: it is skipped, the session sees the host's /etc/pns-d$" ||
		bad="$bad pns-d;"
	has 4 "$w/pns-lnk is a directory and /etc/pns-lnk is not: it is skipped" || bad="$bad pns-lnk;"
	has 4 "$w/pns-reldir is not a directory and /etc/pns-reldir is: it is skipped" || bad="$bad pns-reldir;"
	has 4 "$w/pns-rel is a symbolic link to the relative path pns-rel.target, bound as the link itself over /etc/pns-rel: in the session it resolves to /etc/pns-rel.target, not $n/pns-rel.target (make it an absolute link or a plain file)$" ||
		bad="$bad pns-rel;"
	has 4 "$w/pns-none is not applied: /etc has no pns-none for it to cover (as with ip netns exec, only names that exist in /etc are bound)$" ||
		bad="$bad pns-none;"
	has 4 "$w/sub is not applied" || bad="$bad sub;"
	[ "$(grep -c "netns \"pnscli\"" <<<"$out")" = 7 ] || bad="$bad not 7 findings;"
	grep -q "pns-\(abs\|ok\|dd\)\|^$policy:3:.*pnscli" <<<"$out" && bad="$bad a sound entry, or the set's line too;"
	[ "$rc" = 0 ] || bad="$bad rc $rc (warnings only);"
	verdict "$name" "$bad" "$out"
}
TESTS+=(check_etc_netns_entries)

# The largest policy pam_ns.conf(5) allows, or about (LIMITS): 100,000
# one-user rules and 10,000 sets, over drop-ins.  check must get through
# it (each of its passes is linear or n log n in the policy; comparing
# every pair of rules took hours), and still say what it says of a small
# one: the last rule, for alice as the first is, never matches; the last
# set's uplink pool is the first's; the names past the NSS cap are
# counted in a note.  The timeout only keeps a regression from hanging
# the suite.
check_largest_policy() {
	local name="check gets through a policy at the limits (100,000 rules, 10,000 sets)"
	scale_skipped "$name" && return
	local big="$work/big" bad="" out rc t0 t1
	mkdir -p "$big/pam_ns.d" && chmod 0755 "$big" "$big/pam_ns.d"
	python3 - "$big" "$work/pins" <<'PY'
import sys
big, pins = sys.argv[1], sys.argv[2]
nrules, nsets = 100000, 10000
open(big + "/pam_ns.conf", "w").write('version = 1;\npin_dir = "%s";\n' % pins)
for k in range(0, nsets, 1000):
    with open("%s/pam_ns.d/%02d-sets.conf" % (big, k // 1000), "w") as f:
        f.write("namespaces = {\n")
        for i in range(k, k + 1000):
            addr = (0, 0) if i == nsets - 1 else (i // 256, i % 256)
            f.write(' s%d = { types = ["net"]; per = "user"; uplink = { bridge = "lo"; '
                    'address = "10.%d.%d.0/24"; isolated = false; }; };\n' % (i, 100 + addr[0], addr[1]))
        f.write("};\n")
for k in range(0, nrules, 12500):
    with open("%s/pam_ns.d/%02d-rules.conf" % (big, 50 + k // 12500), "w") as f:
        f.write("rules = (\n")
        for i in range(k, k + 12500):
            user = "alice" if i in (0, nrules - 1) else "u%d" % i
            what = ('join = "s%d"; create = true; user_manager = "reachable";' % i if i < nsets
                    else 'unshare = ["uts"];')
            f.write('%s{ users = ["%s"]; %s }\n' % ("," if i > k else "", user, what))
        f.write(");\n")
PY
	chmod 0644 "$big/pam_ns.conf" "$big"/pam_ns.d/*
	t0=$(date +%s)
	out=$(nss timeout 600 "$helper" -c "$big/pam_ns.conf" check 2>&1); rc=$?
	t1=$(date +%s)
	echo "# check of the largest policy: $((t1 - t0)) s"
	grep -q "^$big/pam_ns.d/57-rules.conf:12501: warning: this rule never matches: the rule at $big/pam_ns.d/50-rules.conf:2, before it" <<<"$out" ||
		bad="$bad the last rule not shadowed by the first;"
	grep -q "^$big/pam_ns.d/09-sets.conf:1001: warning: sets s0 ($big/pam_ns.d/00-sets.conf:2) and s9999 give addresses from overlapping pools" <<<"$out" ||
		bad="$bad no overlap of s0 and s9999;"
	[ "$(grep -c "overlapping pools" <<<"$out")" = 1 ] || bad="$bad not one overlap;"
	grep -q "^$big/pam_ns.conf: note: 89999 of the 99999 user and group names the policy names were not looked up in NSS" <<<"$out" ||
		bad="$bad no note of the names not looked up;"
	[ "$rc" = 0 ] || [ "$rc" = 3 ] || bad="$bad rc $rc;"
	rm -rf "$big"
	verdict "$name" "$bad" "$(head -c 2000 <<<"$out")"
}
TESTS+=(check_largest_policy)
