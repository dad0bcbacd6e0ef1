# End-to-end cases of a set's uplink (pam_ns.conf(5), UPLINK), sourced by
# tests/e2e/run inside its sandbox (a net namespace of its own: the bridge,
# the server and the host ends live there).  Two users log in through real
# ssh sessions that make their per-user sets (create = true): each session
# reaches a TCP server on the bridge; with isolated ports (the default) not
# the other user's set, with isolated = false it does.

UPLINK_PORT=7777    # the server on the bridge: it answers "uplink-server"
UPLINK_PEER=7778    # each set's own listener: it answers "peer-USER"

# uplink_policy: main.conf with two per-user sets on the bridge pnsbr0 and
# a rule for each of the users upa and upb (isolated) and upc and upd (not).
uplink_policy() {
	sed -e '/^namespaces = {/a\
  upl = { types = ["net", "uts"]; per = "user";\
    uplink = { bridge = "pnsbr0"; address = "10.200.0.0/16"; gateway = "10.200.0.1"; }; };\
  uplo = { types = ["net", "uts"]; per = "user";\
    uplink = { bridge = "pnsbr0"; address = "10.200.0.0/16"; gateway = "10.200.0.1"; isolated = false; }; };' \
	    -e '/^rules = (/a\
  { users = ["upa", "upb"]; join = "upl"; create = true; user_manager = "reachable"; },\
  { users = ["upc", "upd"]; join = "uplo"; create = true; user_manager = "reachable"; },' \
	    "$E2E_DIR/policy/main.conf" >$W/uplink.conf
	install_policy $W/uplink.conf
}

# uplink_addr USER: the address the set gives USER (10.200.0.0 + uid).
uplink_addr() {
	local uid; uid=$(id -u "$1")
	echo "10.200.$((uid / 256)).$((uid % 256))"
}

# uplink_connect HOST PORT: what a TCP connection there reads ("" when it
# cannot connect within 5 s), as a login's shell runs it.
uplink_connect_cmd() {
	echo "timeout 5 bash -c 'exec 3<>/dev/tcp/$1/$2 && head -1 <&3' 2>/dev/null || echo no-connection"
}

uplink_sandbox() { # the bridge, its address and the server; sets UPLINK_SERVER
	ip link add pnsbr0 type bridge && ip addr add 10.200.0.1/16 dev pnsbr0 && ip link set pnsbr0 up ||
		return 1
	socat TCP-LISTEN:$UPLINK_PORT,bind=10.200.0.1,fork,reuseaddr SYSTEM:'echo uplink-server' \
		</dev/null >/dev/null 2>&1 &
	UPLINK_SERVER=$!
	E2E_PIDS="$E2E_PIDS $UPLINK_SERVER"
	local i
	for i in $(seq 50); do
		[ "$(timeout 2 bash -c "exec 3<>/dev/tcp/10.200.0.1/$UPLINK_PORT && head -1 <&3" 2>/dev/null)" = uplink-server ] &&
			return 0
		sleep 0.1
	done
	return 1
}

# uplink_pair SET USER1 USER2 ISOLATED: both log in through ssh (making
# their instances), each session reaches the server, and reaches the other
# user's set exactly when the ports are not isolated.
uplink_pair() {
	local set=$1 u1=$2 u2=$3 isolated=$4 m="" u other got listener
	local name="uplink_${set}_ssh"
	for u in "$u1" "$u2"; do
		login_via ssh "$u" "$(uplink_connect_cmd 10.200.0.1 $UPLINK_PORT); ip -o addr show dev eth0"
		[ $RC = 0 ] || m="$m $u: ssh exit $RC: $(short);"
		grep -q '^uplink-server$' <<<"$OUT" || m="$m $u: the session did not reach the server: $(short);"
		grep -q "inet $(uplink_addr "$u")/16" <<<"$OUT" ||
			m="$m $u: no eth0 with $(uplink_addr "$u")/16 in the session: $(short);"
	done
	# A listener in each set (run there by the helper, as root), checked
	# from the sandbox (the bridge reaches every port, isolated or not),
	# so that "not reached" below means isolation and nothing else.
	local listeners="" pidfile
	for u in "$u1" "$u2"; do
		pidfile=$W/uplink-listener-$u
		rm -f "$pidfile"
		H exec "$set" -u "$u" -- sh -c 'echo $$ >"$1"; exec socat TCP-LISTEN:'$UPLINK_PEER',fork,reuseaddr SYSTEM:"echo peer-$2"' \
			sh "$pidfile" "$u" </dev/null >/dev/null 2>&1 &
		listener=$!
		E2E_PIDS="$E2E_PIDS $listener"
		listeners="$listeners $listener"
		local i
		for i in $(seq 50); do
			got=$(eval "$(uplink_connect_cmd "$(uplink_addr "$u")" $UPLINK_PEER)")
			[ "$got" = "peer-$u" ] && break
			sleep 0.1
		done
		[ "$got" = "peer-$u" ] || m="$m the sandbox does not reach $u's listener ($got);"
		[ -s "$pidfile" ] && listeners="$listeners $(cat "$pidfile")"
	done
	for u in "$u1" "$u2"; do
		other=$([ "$u" = "$u1" ] && echo "$u2" || echo "$u1")
		login_via ssh "$u" "$(uplink_connect_cmd "$(uplink_addr "$other")" $UPLINK_PEER)"
		if [ "$isolated" = yes ]; then
			grep -q "peer-$other" <<<"$OUT" && m="$m $u reaches $other's set (isolated ports): $(short);"
			grep -q "no-connection" <<<"$OUT" || m="$m $u: expected no connection to $other, seen $(short);"
		else
			grep -q "^peer-$other$" <<<"$OUT" || m="$m $u does not reach $other's set (isolated = false): $(short);"
		fi
	done
	for listener in $listeners; do stop_pid "$listener"; done
	if [ -z "$m" ]; then ok "$name"; else not_ok "$name" "$m"; fi
}

# uplink_delete_removes: deleting the instances removes their host ends.
uplink_delete_removes() {
	local name=uplink_delete_removes_host_ends m="" set u before after
	before=$(ip -o link show master pnsbr0 | wc -l)
	[ "$before" = 4 ] || m="$m expected 4 ports on pnsbr0 before, seen $before;"
	for set in upl uplo; do
		for u in $([ $set = upl ] && echo "upa upb" || echo "upc upd"); do
			H delete "$set" -u "$u" >/dev/null 2>&1 || m="$m delete $set -u $u failed;"
		done
	done
	after=$(ip -o link show master pnsbr0 | wc -l)
	[ "$after" = 0 ] || m="$m $after ports left on pnsbr0: $(ip -o link show master pnsbr0 | tr '\n' '|');"
	if [ -z "$m" ]; then ok "$name"; else not_ok "$name" "$m"; fi
}

uplink_cases() {
	local u
	for u in upa upb upc upd; do
		id "$u" >/dev/null 2>&1 || add_user "$u" "$(pw_of "$u")"
	done
	if ! uplink_sandbox; then
		not_ok uplink_sandbox "cannot make the bridge pnsbr0 with 10.200.0.1/16 and a server on it"
		return
	fi
	uplink_policy
	uplink_pair upl upa upb yes
	uplink_pair uplo upc upd no
	uplink_delete_removes
	stop_pid "$UPLINK_SERVER"
	ip link delete pnsbr0
	policy_deny
}
