# End-to-end cases of the /etc/netns view (it holds for the whole session,
# whatever the host does to /etc/resolv.conf) and of propagation "shared"
# with a net namespace.  Sourced by tests/e2e/run, inside its sandbox, after
# its own cases; uses its helpers (login_via, ssh_as, kill_as, wait_side,
# ok/not_ok).  The cases run under a policy of their own (main.conf with
# their rules in front), and put main.conf and /etc/resolv.conf back.

VIEW_LAB="nameserver 192.0.2.53 # e2e-lab"
VIEW_SANDBOX="nameserver 192.0.2.1 # e2e-sandbox"
VIEW_READY=""

# The users, the set and the policy of these cases, made once.
view_setup() {
	[ -z "$VIEW_READY" ] || return 0
	local u
	for u in viewu viewp viewj viewx shru shrp; do
		id "$u" >/dev/null 2>&1 || add_user "$u" "$(pw_of "$u")"
	done
	# main.conf with a set and rules of ours: the set goes into its
	# namespaces block, the rules in front of its first rule (first
	# match wins; these users are nobody else's).
	sed -e '/^namespaces = {$/a\
  viewset = { types = ["net", "mnt"]; netns = "lab"; };' \
	    -e '/^rules = ($/a\
  { users = ["viewu"]; unshare = ["net", "mnt"]; netns = "lab"; user_manager = "reachable"; },\
  { users = ["viewp"]; unshare = ["net", "mnt", "pid"]; proc = true; netns = "lab"; },\
  { users = ["viewj"]; join = "viewset"; create = true; user_manager = "reachable"; },\
  { users = ["viewx"]; unshare = ["mnt"]; join = "fixed"; netns = "lab"; user_manager = "reachable"; },\
  { users = ["shru", "root"]; services = ["sshd"]; unshare = ["net", "mnt"]; propagation = "shared"; user_manager = "reachable"; },\
  { users = ["shrp"]; unshare = ["net", "mnt", "pid"]; proc = true; propagation = "shared"; },' \
	    "$E2E_DIR/policy/main.conf" >$W/view.conf
	grep -q viewset $W/view.conf && grep -q shrp $W/view.conf || e2e_die "cannot make the view cases' policy"
	"$HELPER" -c $W/view.conf --init "$INIT" check >$W/view-check.out 2>&1 ||
		e2e_die "pam_ns_helper check refuses the view cases' policy: $(tr '\n' '|' <$W/view-check.out)"
	mkdir -p /run/e2e-resolve && chmod 0755 /run/e2e-resolve
	VIEW_READY=1
}

# /etc/resolv.conf back to the sandbox's own file.
view_resolv_reset() {
	rm -f /etc/resolv.conf
	echo "$VIEW_SANDBOX" >/etc/resolv.conf
}

# pid_in_mnt NSID: one process in the mount namespace NSID.
pid_in_mnt() {
	stat -L -c '%i %n' /proc/[0-9]*/ns/mnt 2>/dev/null |
		awk -v i="$1" '$1 == i { split($2, a, "/"); print a[3]; exit }'
}
# keeper_of NSID: the pam_ns-init keeper running in the mount namespace NSID.
keeper_of() {
	local p
	for p in $(pgrep -x pam_ns-init); do
		[ "$(stat -L -c %i /proc/"$p"/ns/mnt 2>/dev/null)" = "$1" ] &&
			[ "$(proc_cmdline "$p")" = "pam_ns-init keeper" ] && { echo "$p"; return; }
	done
}
# resolv_in PID: the first line of /etc/resolv.conf in PID's mount namespace.
resolv_in() { nsenter -t "$1" -m head -1 /etc/resolv.conf 2>&1; }

# ---- host actions on /etc/resolv.conf -------------------------------------------
# As resolvconf, NetworkManager and most editors do: a new file renamed over.
host_rename_over() {
	printf 'nameserver 192.0.2.2 # e2e-host-new\n' >/etc/resolv.conf.e2e-new &&
		mv -f /etc/resolv.conf.e2e-new /etc/resolv.conf
}
# Removed, then made again (the inotify path).
host_remove_create() {
	rm -f /etc/resolv.conf && printf 'nameserver 192.0.2.3 # e2e-host-again\n' >/etc/resolv.conf
}
# /etc/resolv.conf a link (systemd-resolved, resolvconf) whose target is
# replaced by rename.
host_link_before() {
	echo "nameserver 127.0.0.53 # e2e-stub" >/run/e2e-resolve/stub-resolv.conf
	rm -f /etc/resolv.conf && ln -s /run/e2e-resolve/stub-resolv.conf /etc/resolv.conf
}
host_link_target() {
	printf 'nameserver 127.0.0.54 # e2e-stub-new\n' >/run/e2e-resolve/stub-resolv.conf.new &&
		mv -f /run/e2e-resolve/stub-resolv.conf.new /run/e2e-resolve/stub-resolv.conf
}
# The link itself replaced by another one, renamed over it.
host_link_replace() {
	ln -sfn /run/e2e-resolve/stub-resolv.conf /etc/resolv.conf.e2e-new &&
		mv -fT /etc/resolv.conf.e2e-new /etc/resolv.conf
}
host_dangling_before() {
	rm -f /etc/resolv.conf && ln -s /run/e2e-resolve/nowhere /etc/resolv.conf
}

# view_holds NAME USER BEFORE ACTION [KEEPER]: USER's ssh session (held open)
# reads /etc/netns/lab's resolv.conf; the host does BEFORE (before the login)
# and ACTION (while the session runs) to /etc/resolv.conf; the session still
# reads the netns file, inside and seen from outside.  KEEPER=keeper: the
# session has a keeper, which the user cannot kill and which is gone after
# logout.
view_holds() {
	local name=$1 user=$2 before=$3 action=$4 keeper=${5:-} m="" tag="view-$RANDOM"
	view_setup
	install_policy $W/view.conf
	view_resolv_reset
	[ "$before" = - ] || $before
	local mark; mark=$(log_mark)
	rm -f "$W/side/$tag"-*
	ssh_as "$user" "readlink /proc/self/ns/mnt | tr -dc 0-9 >$W/side/$tag-ns; head -1 /etc/resolv.conf >$W/side/$tag-r0; touch $W/side/$tag-in; i=0; while [ ! -e $W/side/$tag-go ] && [ \$i -lt 600 ]; do sleep 0.1; i=\$((i+1)); done; echo \"@@resolv \$(head -1 /etc/resolv.conf)\"" \
		</dev/null >"$W/$tag.out" 2>&1 &
	local p=$!
	if ! wait_side "$W/side/$tag-in" $p; then
		touch "$W/side/$tag-go"; wait $p
		not_ok "$name" "the session did not start (rc $?): $(tr '\n' '|' <"$W/$tag.out" | cut -c1-400) $(log_since "$mark" | grep 'pam_ns(' | tail -3)"
		install_policy "$E2E_DIR/policy/main.conf"; view_resolv_reset
		return
	fi
	local ns in; ns=$(cat "$W/side/$tag-ns") in=$(pid_in_mnt "$ns")
	[ "$(cat "$W/side/$tag-r0")" = "$VIEW_LAB" ] || m="$m at login: expected '$VIEW_LAB', seen '$(cat "$W/side/$tag-r0")';"
	[ -n "$in" ] || m="$m no process found in the session's mount namespace $ns;"
	local kp=""
	if [ "$keeper" = keeper ]; then
		kp=$(keeper_of "$ns")
		if [ -z "$kp" ]; then
			m="$m no keeper (pam_ns-init keeper) in the session's mount namespace;"
		else
			m="$m$(root_init_mismatch "$kp" 'pam_ns-init keeper')"
			local r; r=$(kill_as "$user" "$kp")
			[ "$r" = "Operation not permitted" ] || m="$m kill -9 of the keeper as $user: expected 'Operation not permitted', seen '$r';"
		fi
	fi
	[ "$action" = - ] || $action || m="$m the host's action $action failed;"
	# The re-bind follows the host's change within a millisecond or so
	# (docs/pam_ns.8): 0.3 s is plenty, and without a keeper it never comes.
	sleep 0.3
	[ -z "$in" ] || [ "$(resolv_in "$in")" = "$VIEW_LAB" ] ||
		m="$m after $action, seen from outside: '$(resolv_in "$in")';"
	touch "$W/side/$tag-go"
	wait $p
	local rc=$?
	OUT=$(cat "$W/$tag.out")
	[ $rc = 0 ] || m="$m ssh exit $rc: $(short);"
	[ "$(val resolv)" = "$VIEW_LAB" ] || m="$m after $action, in the session: expected '$VIEW_LAB', seen '$(val resolv)';"
	if [ -n "$kp" ]; then
		wait_sshd_idle
		local i=0
		while [ -e /proc/"$kp" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
		[ ! -e /proc/"$kp" ] || m="$m the keeper $kp outlived the session: $(proc_cmdline "$kp");"
	fi
	m="$m$(no_pam_ns_err "$mark")"
	install_policy "$E2E_DIR/policy/main.conf"
	view_resolv_reset
	if [ -z "$m" ]; then ok "$name"; else not_ok "$name" "$m"; fi
}

# ---- propagation "shared" with a net namespace ----------------------------------
# mounts_at PID PATH: how many mounts PID's namespace has on PATH.
mounts_at() { awk -v p="$2" '$5 == p' /proc/"$1"/mountinfo | wc -l; }

# The sandbox's "/" is shared, as on a systemd host.  A session with new net
# and mnt and propagation "shared" sees a sysfs of its own; the sandbox's
# /sys gets no mount; a mount the session's root makes reaches the sandbox.
shared_net_propagation() {
	local name=shared_propagation_with_net m="" mark
	view_setup
	install_policy $W/view.conf
	mark=$(log_mark)
	grep -q ' / / .*shared:' /proc/self/mountinfo || m="control: the sandbox's / is not shared;"
	local sys0; sys0=$(mounts_at self /sys)
	login_via ssh shru "ls /sys/class/net | tr '\n' ,; echo"
	[ $RC = 0 ] && [ "$OUT" = "lo," ] || m="$m shru's /sys/class/net: expected 'lo,' and exit 0, seen rc $RC '$(short)';"
	[ "$(mounts_at self /sys)" = "$sys0" ] || m="$m the sandbox's /sys got a mount: $(awk '$5 == "/sys"' /proc/self/mountinfo | tr '\n' '|');"
	# root's own mount, under the sandbox's shared /: it arrives here.
	mkdir -p /mnt/e2e-shared-root
	login_via ssh root "mount -t tmpfs e2e-shared-root /mnt/e2e-shared-root && ls /sys/class/net | tr '\n' ,"
	[ $RC = 0 ] && [ "$OUT" = "lo," ] || m="$m root's session: expected 'lo,' and exit 0, seen rc $RC '$(short)';"
	if grep -q ' /mnt/e2e-shared-root .* e2e-shared-root ' /proc/self/mountinfo; then
		umount /mnt/e2e-shared-root
	else
		m="$m root's mount in the session did not reach the sandbox;"
	fi
	[ "$(mounts_at self /sys)" = "$sys0" ] || m="$m the sandbox's /sys got a mount after root's session;"
	m="$m$(no_pam_ns_err "$mark")"
	install_policy "$E2E_DIR/policy/main.conf"
	if [ -z "$m" ]; then ok "$name"; else not_ok "$name" "$m"; fi

	# A fresh /proc (and a private /run/user) under "shared": both stay
	# in the session.
	name=shared_propagation_with_proc
	m="" mark=$(log_mark)
	install_policy $W/view.conf
	local proc0 run0; proc0=$(mounts_at self /proc) run0=$(mounts_at self /run/user)
	login_via ssh shrp "ls /sys/class/net | tr '\n' ,; echo; ps -e -o pid= | wc -l; ls -A /run/user | tr '\n' ,"
	local lines; lines=$(printf '%s\n' "$OUT" | tr '\n' '|')
	[ $RC = 0 ] || m="$m shrp: exit $RC $(short);"
	printf '%s\n' "$OUT" | head -1 | grep -qx 'lo,' || m="$m shrp's /sys/class/net: expected 'lo,', seen '$lines';"
	[ "$(printf '%s\n' "$OUT" | sed -n 2p | tr -dc 0-9)" -lt 10 ] 2>/dev/null || m="$m shrp's ps: expected a few processes, seen '$lines';"
	[ "$(printf '%s\n' "$OUT" | sed -n 3p)" = "$(id -u shrp)," ] || m="$m shrp's /run/user: expected only '$(id -u shrp)', seen '$lines';"
	[ "$(mounts_at self /proc)" = "$proc0" ] && [ "$(mounts_at self /run/user)" = "$run0" ] ||
		m="$m the sandbox got a mount on /proc or /run/user: $(awk '$5 == "/proc" || $5 == "/run/user"' /proc/self/mountinfo | tr '\n' '|');"
	m="$m$(no_pam_ns_err "$mark")"
	install_policy "$E2E_DIR/policy/main.conf"
	if [ -z "$m" ]; then ok "$name"; else not_ok "$name" "$m"; fi
}

only view_holds && view_holds view_rename_over_resolv_conf viewu - host_rename_over keeper
only view_holds && view_holds view_remove_then_create viewu - host_remove_create keeper
only view_holds && view_holds view_link_target_replaced viewu host_link_before host_link_target keeper
only view_holds && view_holds view_link_replaced viewu host_link_before host_link_replace keeper
only view_holds && view_holds view_dangling_link viewu host_dangling_before - keeper
only view_holds && view_holds view_kept_by_pid1 viewp - host_rename_over
only view_holds && view_holds view_joined_set viewj - host_rename_over keeper
only view_holds && view_holds view_external_net_set viewx - host_rename_over keeper
only shared_net_propagation && shared_net_propagation
