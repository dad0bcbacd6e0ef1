# shellcheck shell=bash
# End-to-end cases of a set's hooks (pam_ns.conf(5), Hooks): the first login
# of a user whose set's create hook fails is refused (or, with
# on_error=allow, let through unisolated) and the log says why, in the
# hook's own words; the shipped example hook per-user-veth gives a first
# login a network namespace wired to the host.  Sourced by tests/e2e/run
# after its cases, with everything it defines at hand; the hooks and their
# sets live in a drop-in of their own, there only while a case runs.

# hooks_dropin: the hooks, root's and 0755 under $W/hooks, and the drop-in
# naming them.
hooks_dropin() {
	mkdir -p "$W/hooks" "$CONFD" && chmod 0755 "$W/hooks" "$CONFD"
	printf '#!/bin/sh\necho "RTNETLINK answers: File exists" >&2\nexit 3\n' >"$W/hooks/fail"
	install -m 0755 "$E2E_TOP/config/examples/hooks/per-user-veth" "$W/hooks/per-user-veth"
	chmod 0755 "$W/hooks/fail"
	cat >"$CONFD/50-hooks.conf" <<EOF
namespaces = {
  hkstore = { types = ["uts"]; };
  hkfail = { types = ["net"]; per = "user"; hooks = { create = "$W/hooks/fail"; }; };
  vnet = { types = ["net", "uts"]; per = "user"; hostname = "%u"; ip_netns = true;
           hooks = { create = "$W/hooks/per-user-veth"; delete = "$W/hooks/per-user-veth"; }; };
};
rules = (
  { users = ["hkbad"]; join = "hkfail"; create = true; user_manager = "reachable"; },
  { users = ["hkveth"]; join = "vnet"; create = true; user_manager = "reachable"; }
);
EOF
	chmod 0644 "$CONFD/50-hooks.conf"
	local u
	for u in hkbad hkveth; do id "$u" >/dev/null 2>&1 || add_user "$u" "$(pw_of "$u")"; done
}
hooks_dropin_gone() { rm -f "$CONFD/50-hooks.conf"; }

# The login that would make the set is refused, the log line carries the
# hook's path, status and first line, and nothing of the set is left; with
# on_error=allow it goes on unisolated, logged the same.
hooks_create_fails_first_login() {
	hooks_dropin
	# The store exists (as it does after any set was made): a refused
	# login changes nothing at all.
	H create hkstore >/dev/null 2>&1 && H delete hkstore >/dev/null 2>&1
	local cause="create hook $W/hooks/fail exited with status 3: RTNETLINK answers: File exists"
	refused hook_create_fails hkbad "$cause"
	install_pam_services on_error=allow
	allowed hook_create_fails hkbad "$cause"
	install_pam_services ""
	local left; left=$(store_lines | grep '^hkfail/')
	[ -z "$left" ] && ok hooks_create_fails_leaves_nothing ||
		not_ok hooks_create_fails_leaves_nothing "expected no instance of hkfail, seen '$left'"
	hooks_dropin_gone
}

# The shipped example: the first login's net namespace has eth0 with the
# address of its uid and a default route to the host end, which answers
# (a TCP connection refused there is the host speaking); the delete hook
# takes the pair away again.
hooks_example_veth_first_login() {
	local name=hooks_example_veth_first_login m="" uid addr host
	hooks_dropin
	uid=$(id -u hkveth)
	addr=10.201.$((uid / 256)).$((uid % 256)) host=pv$uid
	login_via ssh hkveth "ip -o -4 addr show dev eth0; ip route show default; \
		timeout 5 bash -c 'exec 3<>/dev/tcp/10.201.0.1/9' 2>&1; readlink /proc/self/ns/net"
	[ $RC = 0 ] || m="$m login exit $RC: $(short);"
	grep -q "eth0 *inet $addr/32" <<<"$OUT" || m="$m no $addr on eth0: $(short);"
	grep -q "^default via 10.201.0.1 dev eth0" <<<"$OUT" || m="$m no default route to the host: $(short);"
	grep -q "Connection refused" <<<"$OUT" || m="$m the host end does not answer: $(short);"
	[ "$(grep -o 'net:\[[0-9]*\]' <<<"$OUT" | tr -dc 0-9)" != "${SELF[net]}" ] || m="$m the session is in the sandbox's net namespace;"
	ip -o link show "$host" >/dev/null 2>&1 || m="$m no host end $host;"
	local out; out=$(H delete vnet -u hkveth 2>&1) || m="$m delete failed: $out;"
	ip -o link show "$host" >/dev/null 2>&1 && m="$m the host end $host outlived the set;"
	if [ -z "$m" ]; then ok "$name"; else not_ok "$name" "$m"; fi
	hooks_dropin_gone
}

only hooks_create_fails_first_login && hooks_create_fails_first_login
only hooks_example_veth_first_login && hooks_example_veth_first_login
