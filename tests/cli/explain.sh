# shellcheck shell=bash
# pam_ns_helper explain: what a login, or every user, would get.
# Sourced by tests/cli/run, which sets up the sandbox, NSS and the helpers
# used here (ok, not_ok, nss, write_policy); each case is a function named
# in TESTS.

team_policy() {
	write_policy <<P
version = 1;
pin_dir = "$work/pins";
namespaces = {
  team = { types = ["net", "uts", "ipc"]; per = "group"; group_from = ["pamns-team"]; hostname = "%g"; };
};
rules = (
  { users = ["root"]; action = "none"; },
  { groups = ["students"]; unshare = ["net", "uts", "mnt", "pid"]; hostname = "%u-box"; proc = true; },
  { groups = ["pamns-team"]; join = "team"; create = true; unshare = ["mnt"]; user_manager = "reachable"; }
);
P
}

explain_table() {
	team_policy
	local out
	out=$(nss "$helper" -c "$policy" explain -u stu -s sshd 2>&1)
	if grep -q "^rule: *$policy:8\$" <<<"$out" && grep -q 'groups: students matches "students"' <<<"$out" &&
	   grep -q '^net  *new  *lo up' <<<"$out" && grep -q '^uts  *new  *hostname stu-box' <<<"$out" &&
	   grep -q '^pid  *new .*fresh /proc' <<<"$out" && grep -q '^ipc  *untouched' <<<"$out" &&
	   grep -q '^user mgr: *hidden: a private /run/user' <<<"$out"; then
		ok "explain shows the rule, why, and each type for new namespaces"
	else
		not_ok "explain shows the rule, why, and each type for new namespaces" "$out"
	fi
}

explain_joined_missing_then_existing() {
	team_policy
	local out
	out=$(nss "$helper" -c "$policy" explain -u bob 2>&1)
	if ! grep -q "^net  *joined  */sets/team/group/pamns-team/net (missing: created at login)" <<<"$out" ||
	   ! grep -q "^user mgr: *reachable" <<<"$out" ||
	   ! grep -q "^state: *set team (group pamns-team) does not exist.*the login creates it" <<<"$out"; then
		not_ok "explain shows a missing joined pin" "$out"; return
	fi
	ok "explain shows a missing joined pin"
	# Make the set, then read its net namespace id from inside it.
	local id
	nss "$helper" -c "$policy" create team -g pamns-team >/dev/null 2>&1 || {
		not_ok "explain shows an existing joined pin and its id" "could not create the set"; return; }
	id=$(nss "$helper" -c "$policy" exec team -g pamns-team -- readlink /proc/self/ns/net 2>&1 |
		tr -dc 0-9)
	out=$(nss "$helper" -c "$policy" explain -u bob --json 2>&1)
	nss "$helper" -c "$policy" delete team -g pamns-team >/dev/null 2>&1
	if python3 -c '
import json, sys
d = json.loads(sys.argv[1])
net = d["types"]["net"]
assert d["rule"]["line"] == 9, d["rule"]
assert d["set"] == "team" and d["instance"] == "pamns-team", d
assert net["session"] == "joined" and net["state"] == "exists" and net["id"] == int(sys.argv[2]), net
assert d["types"]["mnt"]["session"] == "new" and d["types"]["pid"]["session"] == "untouched"
' "$out" "$id"; then
		ok "explain shows an existing joined pin and its id"
	else
		not_ok "explain shows an existing joined pin and its id" "$out"
	fi
}

explain_unmatched_and_none() {
	team_policy
	local out1 out2
	out1=$(nss "$helper" -c "$policy" explain -u carol 2>&1)
	out2=$(nss "$helper" -c "$policy" explain -u root --json 2>&1)
	if grep -q "none matches" <<<"$out1" &&
	   python3 -c 'import json,sys; d=json.loads(sys.argv[1]); assert d["action"]=="none" and d["rule"]["line"]==7' "$out2"; then
		ok "explain: no rule and action none leave the session alone"
	else
		not_ok "explain: no rule and action none leave the session alone" "$out1 / $out2"
	fi
}

# The user's service manager (PAM service systemd-user): refused where the
# rule matching its session hides it, or where no rule matches it while a
# rule for the user hides it; placed by a rule that matches it and does not
# hide it.
explain_user_manager_session() {
	team_policy
	local out1 out2 out3 out4 bad=""
	out1=$(nss "$helper" -c "$policy" explain -u stu -s systemd-user 2>&1)
	out2=$(nss "$helper" -c "$policy" explain -u stu -s systemd-user --json 2>&1)
	out3=$(nss "$helper" -c "$policy" explain -u bob -s systemd-user 2>&1)
	out4=$(nss "$helper" -c "$policy" explain -u carol -s systemd-user 2>&1)
	grep -q "^action: *refused, not started: rule $policy:8 hides it from the user's sessions" <<<"$out1" || bad="$bad stu: $out1;"
	python3 -c 'import json,sys; d=json.loads(sys.argv[1]); assert d["action"]=="refuse" and d["hidden_by"]["line"]==8, d' \
		"$out2" 2>/dev/null || bad="$bad stu --json: $out2;"
	{ grep -q "^rule: *$policy:9\$" <<<"$out3" && grep -q "^net  *joined" <<<"$out3"; } || bad="$bad bob: $out3;"
	grep -q "none matches" <<<"$out4" || bad="$bad carol: $out4;"
	# No rule for the manager's session, one for the user's sshd sessions.
	write_policy <<P
version = 1;
pin_dir = "$work/pins";
rules = (
  { users = ["root"]; action = "none"; },
  { users = ["stu"]; services = ["sshd"]; unshare = ["net", "mnt", "pid"]; proc = true; }
);
P
	out1=$(nss "$helper" -c "$policy" explain -u stu -s systemd-user 2>&1)
	grep -q "^action: *refused, not started: rule $policy:5 hides it.*, and no rule places the manager itself" <<<"$out1" ||
		bad="$bad stu, no rule for the manager: $out1;"
	verdict "explain: the user's service manager is refused where its user's sessions hide it" "$bad"
}

explain_hostile_user_name() {
	write_policy <<P
version = 1;
pin_dir = "$work/pins";
namespaces = { home = { types = ["net"]; per = "user"; }; };
rules = ( { join = "home"; create = true; user_manager = "reachable"; } );
P
	printf 'eve@corp:x:1100:1100::/:/bin/sh\n' >>"$work/passwd"
	local out
	out=$(nss "$helper" -c "$policy" explain -u 'eve@corp' 2>&1)
	sed -i '/^eve@corp:/d' "$work/passwd"
	if grep -q "error: .*cannot name an instance" <<<"$out" && grep -q "refused" <<<"$out"; then
		ok "explain: a user name unfit for a pin path is refused"
	else
		not_ok "explain: a user name unfit for a pin path is refused" "$out"
	fi
}

# A group name from NSS with terminal controls in it (ESC, BEL, a UTF-8 C1
# CSI) reaches no terminal raw: the table shows it escaped (pns_escape),
# JSON as \u escapes; the same for explain --all and the module's why.
explain_hostile_group_name() {
	write_policy <<P
version = 1;
pin_dir = "$work/pins";
rules = ( { groups = ["ops*"]; unshare = ["uts"]; user_manager = "reachable"; } );
P
	printf 'ops\033]0;pwned\007\033[2J\302\233x:x:2100:alice\n' >>"$work/group"
	local out json all bad="" shown='ops\x1b]0;pwned\x07\x1b[2J\xc2\x9bx'
	out=$(nss "$helper" -c "$policy" explain -u alice 2>&1)
	json=$(nss "$helper" -c "$policy" explain -u alice --json 2>&1)
	all=$(nss "$helper" -c "$policy" explain --all alice 2>&1)
	sed -i '/^ops/d' "$work/group"
	local o
	for o in "$out" "$json" "$all"; do
		# Nothing but printable ASCII, tabs and newlines.
		if printf '%s' "$o" | tr -d '\n\t' | LC_ALL=C grep -q '[^ -~]'; then
			bad="$bad raw control or high bytes in: $(printf '%s' "$o" | od -c | head -20);"
		fi
	done
	grep -qF "groups:   alice, devs, $shown" <<<"$out" || bad="$bad groups line: $out;"
	grep -qF "groups: $shown matches \"ops*\"" <<<"$out" || bad="$bad why line: $out;"
	python3 -c '
import json, sys
d = json.loads(sys.argv[1])
assert "ops\x1b]0;pwned\x07\x1b[2J\x9bx" in d["groups"], d["groups"]
assert "\\u001b" in sys.argv[1] and "\\u009b" in sys.argv[1], sys.argv[1]
' "$json" 2>/dev/null || bad="$bad json: $json;"
	verdict "explain: a group name with terminal controls is shown escaped" "$bad"
}

# A joined set brings its own setup (made when the set is created), shown
# beside the rule's: hostname expanded for the instance, propagation and a
# private /tmp with its size, fresh /proc, lo, /etc/netns and /run/netns.
explain_set_brings() {
	write_policy <<P
version = 1;
pin_dir = "$work/pins";
namespaces = {
  lab = { types = ["net", "uts", "mnt", "pid"]; per = "user"; hostname = "%u-lab"; tmp = "private";
          proc = true; propagation = "private"; netns = "labnet"; ip_netns = true; loopback = false;
          hooks = { create = "/usr/local/sbin/lab-up"; timeout = 5; };
          uplink = { bridge = "pnsbr0"; address = "10.200.0.0/16"; gateway = "10.200.0.1"; }; };
  small = { types = ["net"]; per = "user"; uplink = { address = "10.9.0.0/24"; }; };
};
rules = (
  { users = ["alice"]; join = "lab"; create = true; user_manager = "reachable"; },
  { users = ["bob"]; join = "small"; create = true; user_manager = "reachable"; },
  { users = ["stu"]; unshare = ["mnt", "pid"]; tmp = "private"; proc = true; }
);
P
	local out1 out2 out3 out4 bad=""
	out1=$(nss "$helper" -c "$policy" explain -u alice 2>&1)
	out2=$(nss "$helper" -c "$policy" explain -u alice --json 2>&1)
	out3=$(nss "$helper" -c "$policy" explain -u stu 2>&1)
	grep -q '^brings: *uts  *hostname alice-lab (from "%u-lab")$' <<<"$out1" || bad="$bad hostname;"
	grep -q '^  *net  *lo down, also /run/netns/lab-alice (ip netns)$' <<<"$out1" || bad="$bad net;"
	grep -q '^  *pid  *pam_ns-init as PID 1, fresh /proc$' <<<"$out1" || bad="$bad pid;"
	grep -q '^  *mnt  *propagation private, private /tmp (size 10%), /etc/netns/labnet bound over /etc$' \
		<<<"$out1" || bad="$bad mnt;"
	grep -q '^hooks: *create /usr/local/sbin/lab-up, delete none (at most 5 s each)$' <<<"$out1" || bad="$bad hooks;"
	# alice is uid 1001: 10.200.0.0 + 1001; the host end's name as
	# pam_ns.conf(5) gives it (FNV-1a of "lab\0user\0alice\0").
	local host
	host=$(python3 -c '
h = 2166136261
for b in b"lab\0user\0alice\0":
    h = ((h ^ b) * 16777619) & 0xffffffff
print("pns%08x" % h)')
	grep -q "^uplink: *eth0 in the set, 10.200.3.233/16, default route via 10.200.0.1; host end $host on bridge pnsbr0 (an isolated port)\$" \
		<<<"$out1" || bad="$bad uplink;"
	# bob (uid 1002) does not fit 10.9.0.0/24: said, as create would.
	out4=$(nss "$helper" -c "$policy" explain -u bob 2>&1)
	grep -q '^uplink: *eth0 in the set, no address: .*leaves the prefix /24' <<<"$out4" || bad="$bad uplink out of pool: $out4;"
	python3 -c '
import json, sys
d = json.loads(sys.argv[1])
s = d["set_setup"]
assert s["hostname"] == "alice-lab" and s["hostname_template"] == "%u-lab", s
assert s["propagation"] == "private" and s["tmp"] == "private" and s["tmp_size"] == "10%", s
assert s["proc"] is True and s["loopback"] is False, s
assert s["netns"] == "labnet" and s["ip_netns"] == "/run/netns/lab-alice", s
assert d["setup"]["tmp"] is None, d["setup"]
' "$out2" || bad="$bad json: $out2;"
	# The rule's own private /tmp has its size too; no set, nothing brought.
	grep -q '^mnt  *new  *propagation slave, private /tmp (size 10%)$' <<<"$out3" || bad="$bad rule tmp;"
	grep -q '^brings:' <<<"$out3" && bad="$bad brings without a set;"
	grep -q '^hooks:' <<<"$out3" && bad="$bad hooks without a set;"
	grep -q '^uplink:' <<<"$out3" && bad="$bad uplink without a set;"
	[ -z "$bad" ] && ok "explain -u shows what a joined set brings: hostname, /tmp and its size, /proc, lo, netns, hooks, uplink" ||
		not_ok "explain -u shows what a joined set brings: hostname, /tmp and its size, /proc, lo, netns, hooks, uplink" \
			"$bad $out1 / $out3"
}

# For --all: a "none" rule (root), two that isolate (students, the team),
# one that a user's groups make fail (alice over sshd: not in group_from),
# one with a literal and a wildcard service, and users no rule takes.
all_policy() {
	write_policy <<P
version = 1;
pin_dir = "$work/pins";
namespaces = {
  team = { types = ["net", "uts", "ipc"]; per = "group"; group_from = ["pamns-team"]; hostname = "%g"; };
  lab = { types = ["net"]; };
};
rules = (
  { users = ["root"]; action = "none"; },
  { groups = ["students"]; unshare = ["net", "uts", "mnt", "pid"]; hostname = "%u-box"; proc = true; },
  { groups = ["pamns-team"]; join = "team"; create = true; unshare = ["mnt"]; user_manager = "reachable"; },
  { users = ["alice"]; services = ["sshd", "gdm-*"]; join = "team"; user_manager = "reachable"; },
  { users = ["alice"]; not_services = ["xrdp"]; join = "lab"; user_manager = "reachable"; }
);
P
}

# Every user NSS lists, with the services the policy names (no pattern) and
# the usual ones that have a stack: each line, and the counts per rule.
explain_all_table() {
	all_policy
	local out rc bad="" p="$policy"
	out=$(nss "$helper" -c "$policy" explain --all 2>&1); rc=$?
	[ "$rc" = 0 ] || bad="$bad rc=$rc;"
	grep -q '^services: cron, login, sshd, su, su-l, sudo, sudo-i, systemd-user, xrdp$' <<<"$out" ||
		bad="$bad services;"
	grep -q '^users: *5, as NSS lists them$' <<<"$out" || bad="$bad users;"
	grep -q '^note: *the policy.s decisions: whether joined sets exist now is not looked at' <<<"$out" || bad="$bad header;"
	grep -q "^root  *sshd  *$p:8  *none (action none)\$" <<<"$out" || bad="$bad root;"
	grep -q '^carol  *login  *-  *ignored (no rule)$' <<<"$out" || bad="$bad carol;"
	grep -q "^stu  *sshd  *$p:9  *uts=new net=new pid=new mnt=new user_manager=hidden\$" <<<"$out" ||
		bad="$bad stu;"
	grep -q "^stu  *systemd-user  *$p:9  *refused: the user's service manager is not started: rule $p:9 hides it" \
		<<<"$out" || bad="$bad stu's manager;"
	grep -q "^bob  *su  *$p:10  *ipc,uts,net=join:team (group pamns-team) mnt=new\$" \
		<<<"$out" || bad="$bad bob;"
	grep -q "^alice  *sshd  *$p:11  *refused: user alice is in none of the groups of set team (group_from)\$" \
		<<<"$out" || bad="$bad alice sshd;"
	grep -q "^alice  *cron  *$p:12  *net=join:lab\$" <<<"$out" || bad="$bad alice cron;"
	grep -q '^alice  *xrdp  *-  *ignored (no rule)$' <<<"$out" || bad="$bad alice xrdp;"
	# 5 users x 9 services; each user once per rule.
	[ "$(grep -c '^\(root\|alice\|bob\|carol\|stu\)  ' <<<"$out")" = 45 ] || bad="$bad line count;"
	grep -q "^$p:8  *1  *9\$" <<<"$out" || bad="$bad count none rule;"
	grep -q "^$p:9  *1  *9\$" <<<"$out" || bad="$bad count students;"
	grep -q "^$p:10  *1  *9\$" <<<"$out" || bad="$bad count team;"
	grep -q "^$p:11  *1  *1\$" <<<"$out" || bad="$bad count alice sshd;"
	grep -q "^$p:12  *1  *7\$" <<<"$out" || bad="$bad count alice;"
	grep -q '^no rule  *2  *10$' <<<"$out" || bad="$bad count no rule;"
	grep -q '^refused  *2  *2$' <<<"$out" || bad="$bad count refused;"
	grep -q '^total  *5  *45$' <<<"$out" || bad="$bad count total;"
	verdict "explain --all: a line per user and service, and the users and sessions each rule takes" "$bad" "$out"
}

# Users given after --all or in a file, services with -s: those only, each
# once; an unknown user is said on stderr, the others are shown, exit 1.
explain_all_given_users() {
	all_policy
	local out err rc bad=""
	out=$(nss "$helper" -c "$policy" explain --all -s sshd,su,sshd bob nosuch alice bob 2>"$work/err"); rc=$?
	err=$(cat "$work/err")
	[ "$rc" = 1 ] || bad="$bad operands rc=$rc;"
	grep -q 'unknown user nosuch' <<<"$err" || bad="$bad operands stderr: $err;"
	grep -q '^services: sshd, su$' <<<"$out" || bad="$bad -s list;"
	[ "$(grep -c '^\(alice\|bob\|nosuch\)  ' <<<"$out")" = 4 ] || bad="$bad operands lines;"
	grep -q '^bob  *sshd  ' <<<"$out" && grep -q '^alice  *su  ' <<<"$out" || bad="$bad operands users;"
	[ "$(grep -n '^\(alice\|bob\)  ' <<<"$out" | head -1 | cut -d: -f2 | cut -c1-3)" = bob ] ||
		bad="$bad operands order;"
	grep -q '^total  *2  *4$' <<<"$out" || bad="$bad operands total;"
	grep -q '^not shown: 1 user NSS could not look up' <<<"$out" || bad="$bad operands not shown;"
	printf '# who logs in\n\n  carol  \nstu   # a student\nghost\n' >"$work/users"
	out=$(nss "$helper" -c "$policy" explain --all -f "$work/users" -s login 2>"$work/err"); rc=$?
	err=$(cat "$work/err")
	[ "$rc" = 1 ] || bad="$bad file rc=$rc;"
	grep -q 'unknown user ghost' <<<"$err" || bad="$bad file stderr: $err;"
	grep -q '^carol  *login  *-  *ignored (no rule)$' <<<"$out" &&
		grep -q '^stu  *login  ' <<<"$out" || bad="$bad file users;"
	grep -q '^users: *3, from --users-from$' <<<"$out" || bad="$bad file count;"
	out=$(printf 'bob\n' | nss "$helper" -c "$policy" explain --all -f - -s sshd 2>&1); rc=$?
	[ "$rc" = 0 ] && grep -q '^bob  *sshd  ' <<<"$out" && grep -q '^total  *1  *1$' <<<"$out" ||
		bad="$bad stdin rc=$rc: $out;"
	nss "$helper" -c "$policy" explain --all -f "$work/users" bob >/dev/null 2>&1; rc=$?
	[ "$rc" = 2 ] || bad="$bad -f with operands rc=$rc;"
	nss "$helper" -c "$policy" explain -u bob -f "$work/users" >/dev/null 2>&1; rc=$?
	[ "$rc" = 2 ] || bad="$bad -f without --all rc=$rc;"
	nss "$helper" -c "$policy" explain --all -f "$work/nosuchfile" >/dev/null 2>&1; rc=$?
	[ "$rc" = 1 ] || bad="$bad unreadable file rc=$rc;"
	verdict "explain --all with users given, from a file or stdin, and -s: an unknown user exits 1, the rest shown" "$bad"
}

# The usual services are shown only where they have a PAM stack.
explain_all_services_with_a_stack() {
	all_policy
	local out
	mv "$work/pam.d/cron" "$work/cron.pam"
	out=$(nss "$helper" -c "$policy" explain --all carol 2>&1)
	mv "$work/cron.pam" "$work/pam.d/cron"
	if grep -q '^services: login, sshd, su, su-l, sudo, sudo-i, systemd-user, xrdp$' <<<"$out" &&
	   ! grep -q '^carol  *cron' <<<"$out"; then
		ok "explain --all leaves out a usual service without a PAM stack"
	else
		not_ok "explain --all leaves out a usual service without a PAM stack" "$out"
	fi
}

# --json: one document, the same sessions and counts as the table.
explain_all_json() {
	all_policy
	nss "$helper" -c "$policy" explain --all >"$work/table" 2>/dev/null
	local out rc
	out=$(nss "$helper" -c "$policy" explain --all --json 2>&1); rc=$?
	nss "$helper" -c "$policy" explain --all --json -s sshd alice nosuch >"$work/json2" 2>/dev/null
	if [ "$rc" = 0 ] && python3 - "$out" "$work/table" "$work/json2" "$policy" <<'PY'; then
import json, re, sys
d = json.loads(sys.argv[1])
table = open(sys.argv[2]).read().split("\n\n")
policy = sys.argv[4]
assert d["policy"] == [policy], d["policy"]
assert d["services"] == ["cron", "login", "sshd", "su", "su-l", "sudo", "sudo-i", "systemd-user", "xrdp"]
rows = [l for l in table[1].splitlines()[1:]]
assert len(rows) == len(d["sessions"]) == 45, (len(rows), len(d["sessions"]))
for row, s in zip(rows, d["sessions"]):
    user, service, rule, outcome = re.match(r"(\S+) +(\S+) +(\S+) +(.*)$", row).groups()
    assert (user, service) == (s["user"], s["service"]), (row, s)
    assert rule == ("-" if s["rule"] is None else "%s:%d" % (s["rule"]["file"], s["rule"]["line"])), (row, s)
    assert outcome == s["outcome"], (row, s)
    if s["action"] == "isolate":
        shown = {k: v for w in outcome.split() if "=" in w
                 for k, v in [(k, w.split("=", 1)[1]) for k in w.split("=", 1)[0].split(",")]}
        for t, how in s["types"].items():
            want = {"new": "new", "joined": "join:"}.get(how)
            assert (shown.get(t, "")[:len(want)] == want) if want else t not in shown, (row, s)
        assert (shown.get("user_manager") == "hidden") == (s["user_manager"] == "hidden"), (row, s)
    elif s["action"] == "refuse":
        assert outcome == "refused: " + s["error"] and s["types"] is None, (row, s)
    else:
        assert outcome == {"ignore": "ignored (no rule)", "none": "none (action none)"}[s["action"]], (row, s)
        assert set(s["types"].values()) == {"untouched"}, s
by = {(s["user"], s["service"]): s for s in d["sessions"]}
assert by[("bob", "sshd")]["set"] == "team" and by[("bob", "sshd")]["instance"] == "pamns-team"
assert by[("stu", "systemd-user")]["hidden_by"]["line"] == 9
assert by[("alice", "sshd")]["action"] == "refuse" and "group_from" in by[("alice", "sshd")]["error"]
summary = {}
for l in table[2].splitlines()[1:]:
    name, users, sessions = re.match(r"(.+?) +(\d+) +(\d+)$", l).groups()
    summary[name] = (int(users), int(sessions))
for r in d["rules"]:
    assert summary["%s:%d" % (r["file"], r["line"])] == (r["users"], r["sessions"]), r
assert [r["line"] for r in d["rules"]] == [8, 9, 10, 11, 12]
assert summary["no rule"] == (d["unmatched"]["users"], d["unmatched"]["sessions"]) == (2, 10)
assert summary["refused"] == (d["refused"]["users"], d["refused"]["sessions"]) == (2, 2)
assert sum(r["sessions"] for r in d["rules"]) + d["unmatched"]["sessions"] == d["total"]["sessions"] == 45
assert d["lookup_failed"] == []
d2 = json.load(open(sys.argv[3]))
assert [s["user"] for s in d2["sessions"]] == ["alice"], d2
assert d2["lookup_failed"] == [{"user": "nosuch", "error": "unknown user nosuch"}], d2
PY
		ok "explain --all --json is one document, with the sessions and counts of the table"
	else
		not_ok "explain --all --json is one document, with the sessions and counts of the table" "rc=$rc $out"
	fi
}

# A passwd source that may not list all its users (sss, ldap, ...): a note
# on stderr when no users are given, none otherwise.
explain_all_nsswitch_note() {
	all_policy
	local err1 err2 err3 bad=""
	printf 'passwd:  files [NOTFOUND=return] sss   # from SSSD\ngroup: files sss\n' >"$work/nsswitch.conf"
	mount --bind "$work/nsswitch.conf" /etc/nsswitch.conf || { not_ok "explain --all notes" "cannot bind"; return; }
	err1=$(nss "$helper" -c "$policy" explain --all 2>&1 >/dev/null)
	err2=$(nss "$helper" -c "$policy" explain --all carol 2>&1 >/dev/null)
	umount /etc/nsswitch.conf
	printf 'passwd:  files systemd\n' >"$work/nsswitch.conf"
	mount --bind "$work/nsswitch.conf" /etc/nsswitch.conf || { not_ok "explain --all notes" "cannot bind"; return; }
	err3=$(nss "$helper" -c "$policy" explain --all 2>&1 >/dev/null)
	umount /etc/nsswitch.conf
	grep -q 'note: /etc/nsswitch.conf takes users from sss too; .*list none or only some of their users.*--users-from' \
		<<<"$err1" || bad="$bad sss: $err1;"
	[ -z "$err2" ] || bad="$bad users given: $err2;"
	[ -z "$err3" ] || bad="$bad files systemd: $err3;"
	verdict "explain --all notes a passwd source that may not list its users" "$bad"
}

explain_unknown_user_and_usage() {
	team_policy
	local rc1 rc2
	nss "$helper" -c "$policy" explain -u nosuchuser >/dev/null 2>&1; rc1=$?
	"$helper" -c "$policy" explain >/dev/null 2>&1; rc2=$?
	[ "$rc1" = 1 ] && [ "$rc2" = 2 ] && ok "explain: unknown user exits 1, missing -u exits 2" ||
		not_ok "explain: unknown user exits 1, missing -u exits 2" "rc1=$rc1 rc2=$rc2"
}

TESTS+=(explain_table explain_joined_missing_then_existing explain_unmatched_and_none explain_user_manager_session explain_hostile_user_name explain_hostile_group_name
	explain_set_brings
	explain_unknown_user_and_usage explain_all_table explain_all_given_users explain_all_services_with_a_stack
	explain_all_json explain_all_nsswitch_note)

# What refuses a session whatever is pinned is said per session: a pin path
# through a link, a set hostname the instance cannot make.
explain_all_static_refusals() {
	local bad="" out
	[ -L /var/run ] || { not_ok "explain --all: static refusals" "/var/run is not a symbolic link here"; return; }
	write_policy <<P
version = 1;
pin_dir = "$work/pins";
namespaces = {
  vpn = { paths = { net = "/var/run/netns/pns-cli-vpn"; }; };
  box = { types = ["uts"]; per = "user"; hostname = "%u-box"; };
};
rules = (
  { users = ["alice"]; join = "vpn"; user_manager = "reachable"; },
  { users = ["eve_x"]; join = "box"; create = true; },
  { users = ["bob"]; join = "box"; create = true; }
);
P
	printf 'eve_x:x:1101:1101::/:/bin/sh\n' >>"$work/passwd"
	out=$(nss "$helper" -c "$policy" explain --all -s sshd alice eve_x bob 2>&1)
	sed -i '/^eve_x:/d' "$work/passwd"
	grep -q "^alice  *sshd  *$policy:8  *refused: .*/var/run/netns.*symbolic link" <<<"$out" || bad="$bad alice;"
	grep -q "^eve_x  *sshd  *$policy:9  *refused: .*hostname \"eve_x-box\"" <<<"$out" || bad="$bad eve_x;"
	grep -q "^bob  *sshd  *$policy:10  *uts=join:box (user bob)\$" <<<"$out" || bad="$bad bob;"
	verdict "explain --all: what refuses a session whatever is pinned is said" "$bad" "$out"
}
TESTS+=(explain_all_static_refusals)

# With the module on, a service whose stack does not run it is said to be
# left alone, whatever the policy says.
explain_service_without_pam_ns() {
	local bad="" out
	write_policy <<P
version = 1;
pin_dir = "$work/pins";
rules = ( { users = ["alice"]; unshare = ["uts"]; } );
P
	printf 'session required pam_unix.so\n' >/etc/pam.d/plainstack
	out=$(nss "$helper" -c "$policy" explain --all -s plainstack,sshd alice 2>&1)
	grep -q '^alice  *plainstack  *-  *ignored: the PAM stack /etc/pam.d/plainstack runs no pam_ns.so$' <<<"$out" ||
		bad="$bad --all plainstack;"
	grep -q "^alice  *sshd  *$policy:3  *uts=new\$" <<<"$out" || bad="$bad --all sshd;"
	out=$(nss "$helper" -c "$policy" explain -u alice -s plainstack 2>&1)
	grep -q '^note: *the PAM stack /etc/pam.d/plainstack runs no pam_ns.so: plainstack logins are not isolated' <<<"$out" ||
		bad="$bad -u;"
	rm -f /etc/pam.d/plainstack
	verdict "explain: a service whose stack does not run pam_ns is left alone" "$bad" "$out"
}
TESTS+=(explain_service_without_pam_ns)

# explain --all over the largest policy pam_ns.conf(5) allows, or about
# (LIMITS): 100,000 rules over drop-ins, all but 3 of them for one user,
# and 3,000 users in NSS.
# Each user is matched against the rules that may match them (those that
# name them, and the open ones), not against every rule, and still gets
# what a small policy would give: the early wildcard rule before the
# user's own, the user's own, the open rules at the end, or none.  The
# timeout only keeps a regression from hanging the suite.
explain_all_largest_policy() {
	local name="explain --all gets through 100,000 rules and 3,000 users"
	scale_skipped "$name" && return
	local big="$work/big" bad="" out rc t0 t1 d
	mkdir -p "$big/pam_ns.d" && chmod 0755 "$big" "$big/pam_ns.d"
	python3 - "$big" "$work/pins" <<'PY'
import sys
big, pins = sys.argv[1], sys.argv[2]
nrules, nusers, per_file, nopen = 100000, 3000, 12500, 3
open(big + "/pam_ns.conf", "w").write('version = 1;\npin_dir = "%s";\n' % pins)
with open(big + "/passwd", "w") as pw, open(big + "/group", "w") as gr:
    for u in range(nusers):
        pw.write("u%d:x:%d:%d::/:/bin/sh\n" % (u, 10000 + u, 10000 + u))
        gr.write("u%d:x:%d:\n" % (u, 10000 + u))
# Rule i names u(i + 1000): u0..u999 are named by none.
for k in range(0, nrules, per_file):
    rules = []
    if k == 0:
        rules.append('{ users = ["u2*"]; services = ["su"]; action = "none"; }')
    last = min(k + per_file, nrules - nopen)
    rules += ['{ users = ["u%d"]; unshare = ["uts"]; }' % (i + 1000) for i in range(k, last)]
    if k + per_file == nrules:
        rules.append('{ users = ["u1*"]; services = ["cron"]; action = "none"; }')
        rules.append('{ not_users = ["u7"]; unshare = ["ipc"]; user_manager = "reachable"; }')
    with open("%s/pam_ns.d/%02d-rules.conf" % (big, 50 + k // per_file), "w") as f:
        f.write("rules = (\n" + ",\n".join(rules) + "\n);\n")
PY
	chmod 0644 "$big/pam_ns.conf" "$big"/pam_ns.d/*
	d="$big/pam_ns.d"
	t0=$(date +%s)
	out=$(LD_PRELOAD=libnss_wrapper.so NSS_WRAPPER_PASSWD="$big/passwd" NSS_WRAPPER_GROUP="$big/group" \
		timeout 600 "$helper" -c "$big/pam_ns.conf" explain --all -s sshd,su,cron,systemd-user 2>&1); rc=$?
	t1=$(date +%s)
	echo "# explain --all of the largest policy: $((t1 - t0)) s"
	grep -q "^u1500  *sshd  *$d/50-rules.conf:503  *uts=new\$" <<<"$out" || bad="$bad u1500 not by its rule;"
	grep -q "^u2500  *su  *$d/50-rules.conf:2  *none (action none)\$" <<<"$out" || bad="$bad u2500 su not by the early wildcard;"
	grep -q "^u2500  *sshd  *$d/50-rules.conf:1503  *uts=new\$" <<<"$out" || bad="$bad u2500 sshd not by its rule;"
	grep -q "^u15  *cron  *$d/57-rules.conf:12499  *none (action none)\$" <<<"$out" || bad="$bad u15 cron not by u1*;"
	grep -q "^u5  *sshd  *$d/57-rules.conf:12500  *ipc=new\$" <<<"$out" || bad="$bad u5 not by the not_users rule;"
	grep -q "^u7  *sshd  *-  *ignored (no rule)\$" <<<"$out" || bad="$bad u7 matched;"
	grep -q "^$d/50-rules.conf:503  *1  *4\$" <<<"$out" || bad="$bad u1500's rule not 1 user, 4 sessions;"
	grep -q "^$d/50-rules.conf:1503  *1  *3\$" <<<"$out" || bad="$bad u2500's rule not 1 user, 3 sessions;"
	grep -q "^$d/57-rules.conf:12498  *0  *0\$" <<<"$out" || bad="$bad the last one-user rule counted;"
	grep -q "^total  *3000  *12000\$" <<<"$out" || bad="$bad total not 3000 users, 12000 sessions;"
	[ "$rc" = 0 ] || bad="$bad rc $rc;"
	rm -rf "$big"
	verdict "$name" "$bad" "$(head -c 2000 <<<"$out")"
}
TESTS+=(explain_all_largest_policy)
