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
	grep -q "^action: *refused: rule $policy:8 hides the manager" <<<"$out1" || bad="$bad stu: $out1;"
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
	grep -q "^action: *refused: rule $policy:5 hides the manager.*no rule places the manager itself" <<<"$out1" ||
		bad="$bad stu, no rule for the manager: $out1;"
	[ -z "$bad" ] && ok "explain: the user's service manager is refused where its user's sessions hide it" ||
		not_ok "explain: the user's service manager is refused where its user's sessions hide it" "$bad"
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

# A joined set brings its own setup (made when the set is created), shown
# beside the rule's: hostname expanded for the instance, propagation and a
# private /tmp with its size, fresh /proc, lo, /etc/netns and /run/netns.
explain_set_brings() {
	write_policy <<P
version = 1;
pin_dir = "$work/pins";
namespaces = {
  lab = { types = ["net", "uts", "mnt", "pid"]; per = "user"; hostname = "%u-lab"; tmp = "private";
          proc = true; propagation = "private"; netns = "labnet"; ip_netns = true; loopback = false; };
};
rules = (
  { users = ["alice"]; join = "lab"; create = true; user_manager = "reachable"; },
  { users = ["stu"]; unshare = ["mnt", "pid"]; tmp = "private"; proc = true; }
);
P
	local out1 out2 out3 bad=""
	out1=$(nss "$helper" -c "$policy" explain -u alice 2>&1)
	out2=$(nss "$helper" -c "$policy" explain -u alice --json 2>&1)
	out3=$(nss "$helper" -c "$policy" explain -u stu 2>&1)
	grep -q '^brings: *uts  *hostname alice-lab (from "%u-lab")$' <<<"$out1" || bad="$bad hostname;"
	grep -q '^  *net  *lo down, also /run/netns/lab-alice (ip netns)$' <<<"$out1" || bad="$bad net;"
	grep -q '^  *pid  *pam_ns-init as PID 1, fresh /proc$' <<<"$out1" || bad="$bad pid;"
	grep -q '^  *mnt  *propagation private, private /tmp (size 10%), /etc/netns/labnet bound over /etc$' \
		<<<"$out1" || bad="$bad mnt;"
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
	[ -z "$bad" ] && ok "explain -u shows what a joined set brings: hostname, /tmp and its size, /proc, lo, netns" ||
		not_ok "explain -u shows what a joined set brings: hostname, /tmp and its size, /proc, lo, netns" \
			"$bad $out1 / $out3"
}

explain_unknown_user_and_usage() {
	team_policy
	local rc1 rc2
	nss "$helper" -c "$policy" explain -u nosuchuser >/dev/null 2>&1; rc1=$?
	"$helper" -c "$policy" explain >/dev/null 2>&1; rc2=$?
	[ "$rc1" = 1 ] && [ "$rc2" = 2 ] && ok "explain: unknown user exits 1, missing -u exits 2" ||
		not_ok "explain: unknown user exits 1, missing -u exits 2" "rc1=$rc1 rc2=$rc2"
}

TESTS+=(explain_table explain_joined_missing_then_existing explain_unmatched_and_none explain_user_manager_session explain_hostile_user_name explain_set_brings
	explain_unknown_user_and_usage)
