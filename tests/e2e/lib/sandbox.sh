# shellcheck shell=bash disable=SC2034  # (variables used by the sourcing scripts)
# The end-to-end sandbox: a throwaway world with real users, a real sshd, PAM
# service files that load the module from the build tree, and a syslog
# listener, built inside namespaces of its own so the host never changes.
#
# Sourced by tests/e2e/run and tests/e2e/demo.  sandbox_enter re-executes the
# caller inside `unshare --mount --net --pid --fork` (the caller is PID 1 of
# the new pid namespace: everything it starts dies with it, whatever
# happens), under a hard time bound.  sandbox_setup then builds the world;
# sandbox_stop ends what was started, by pid, with a time bound.

: "${BUILD:=build}"
E2E_TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
E2E_DIR="$E2E_TOP/tests/e2e"
E2E_BUILD=$(cd "$E2E_TOP" && cd "$BUILD" 2>/dev/null && pwd) || E2E_BUILD="$E2E_TOP/$BUILD"
MODULE="$E2E_BUILD/pam_ns.so"
HELPER="$E2E_BUILD/pam_ns_helper"
INIT="$E2E_BUILD/pam_ns-init"
W=/run/e2e                       # the sandbox's work dir (on its own /run tmpfs)
LOG=$W/syslog                    # every syslog line of the sandbox
CONF=/etc/security/pam_ns.conf
CONFD=/etc/security/pam_ns.d
PINS=/run/pam_ns
SSH_PORT=2222
SHARED=/run/e2e-shared           # a shared mount, as on systemd hosts
E2E_PIDS=""                      # long-running processes we started

# sandbox_enter NAME TIMEOUT "$0" "$@": returns only inside the sandbox.
sandbox_enter() {
	local name=$1 limit=$2
	shift 2
	if [ -n "${PNS_E2E_INSIDE:-}" ]; then
		return 0
	fi
	if [ "$(id -u)" != 0 ]; then
		if [ -n "${CI:-}" ]; then
			echo "not ok $name: CI is set but the end-to-end suite is not running as root"
			echo "0 passed, 1 failed"
			exit 1
		fi
		echo "$name: needs root (real logins through sshd, su, sudo, login); skipped"
		exit 0
	fi
	for f in "$MODULE" "$HELPER" "$INIT"; do
		if [ ! -x "$f" ] && [ ! -f "$f" ]; then
			echo "not ok setup: $f is not built (make BUILD=$BUILD all)"
			echo "0 passed, 1 failed"
			exit 1
		fi
	done
	export PNS_E2E_INSIDE=1
	# The pid namespace bounds every process's life by ours; timeout bounds
	# ours (TERM first so the traps clean up, KILL ten seconds later);
	# --kill-child passes the TERM on to us, PID 1 of the new namespace.
	exec timeout --kill-after=10 "$limit" \
		unshare --mount --net --pid --fork --mount-proc --propagation private \
		--kill-child=TERM -- "$@"
}

# e2e_die: a setup step failed; the caller's EXIT trap prints the summary
# (E2E_SETUP_FAILED counts as a failure).
E2E_SETUP_FAILED=0
e2e_die() {
	echo "not ok setup: $*"
	E2E_SETUP_FAILED=1
	exit 1
}

# sandbox_setup: mounts, users, syslog, sshd.  Dies with a "not ok setup" line
# when anything the cases rely on cannot be made.
sandbox_setup() {
	# On purpose: / recursively shared, as systemd makes it.  The peer
	# groups are this namespace's own (unshare made everything private
	# first), so nothing reaches the host.
	mount --make-rshared / || e2e_die "cannot make / shared in the sandbox"
	# The tree may live under a directory the sandbox covers with a tmpfs
	# (/tmp, /home, /run: CI clones anywhere), so hold it open and bind it
	# back in under the sandbox's own /run.
	exec {src_fd}<"$E2E_TOP" {build_fd}<"$E2E_BUILD" ||
		e2e_die "cannot open the source tree $E2E_TOP or build $E2E_BUILD"
	mount -t tmpfs -o mode=0755 e2e-run /run || e2e_die "cannot mount a tmpfs on /run"
	mkdir -p $W/src $W/build
	mount --bind "/proc/self/fd/$src_fd" $W/src && mount --bind "/proc/self/fd/$build_fd" $W/build ||
		e2e_die "cannot bind the source tree into the sandbox"
	exec {src_fd}<&- {build_fd}<&-
	E2E_TOP=$W/src E2E_DIR=$W/src/tests/e2e E2E_BUILD=$W/build
	MODULE=$E2E_BUILD/pam_ns.so HELPER=$E2E_BUILD/pam_ns_helper INIT=$E2E_BUILD/pam_ns-init
	mkdir -p $W/upper $W/bin $W/side /run/sshd $W/lower-mnt
	chmod 0755 $W $W/bin /run/sshd
	chmod 1777 $W/side

	# /etc and /dev: overlays with tmpfs upper dirs (writes stay here).
	mount -t tmpfs -o mode=0755 e2e-upper $W/upper || e2e_die "cannot mount the overlay tmpfs"
	local d
	for d in etc dev; do
		mkdir -p $W/upper/$d/u $W/upper/$d/w
		mount -t overlay -o "lowerdir=/$d,upperdir=$W/upper/$d/u,workdir=$W/upper/$d/w" \
			"e2e-$d" "/$d" || e2e_die "cannot overlay /$d"
	done
	mount -t devpts -o newinstance,ptmxmode=0666,mode=0620,gid=5 e2e-devpts /dev/pts ||
		e2e_die "cannot mount a devpts instance"
	mount --bind /dev/pts/ptmx /dev/ptmx || e2e_die "cannot bind the sandbox's ptmx"
	mount -t tmpfs -o mode=1777 e2e-shm /dev/shm || e2e_die "cannot mount /dev/shm"
	for d in /home /var/log /var/mail /var/lib/sudo /tmp /var/tmp; do
		[ -d "$d" ] || continue
		mount -t tmpfs -o mode=0755 "e2e-${d//\//-}" "$d" || e2e_die "cannot mount a tmpfs on $d"
	done
	chmod 1777 /tmp /var/tmp
	# Something in the sandbox's /tmp, so an empty /tmp in a session means
	# a private one.
	touch /tmp/e2e-sandbox-tmp
	touch /var/log/lastlog /var/log/wtmp /var/log/btmp /var/log/faillog /run/utmp
	chmod 0664 /var/log/wtmp /run/utmp

	# The shared mount the propagation case watches.
	mkdir -p $SHARED
	mount -t tmpfs -o mode=0755 e2e-shared $SHARED || e2e_die "cannot mount $SHARED"
	mount --make-shared $SHARED
	mkdir -p $SHARED/inner

	ip link set lo up || e2e_die "cannot bring lo up in the sandbox"
	# A link besides lo, so "only lo" in a session means a new net
	# namespace, not the sandbox's.
	ip link add e2e-veth0 type veth peer name e2e-veth1 2>/dev/null ||
		ip link add e2e-dummy0 type dummy 2>/dev/null ||
		e2e_die "cannot add a veth or dummy link in the sandbox"

	# syslog: every datagram sent to /dev/log, one per line (socat would
	# write the datagrams back to back, without a separator; perl is
	# essential on Debian).
	rm -f /dev/log
	: >"$LOG"
	perl -MSocket -e '
		socket(my $s, PF_UNIX, SOCK_DGRAM, 0) or die "socket: $!";
		bind($s, pack_sockaddr_un("/dev/log")) or die "bind /dev/log: $!";
		chmod 0666, "/dev/log";
		open(my $out, ">>", $ARGV[0]) or die "$ARGV[0]: $!";
		$out->autoflush(1);
		while (defined(recv($s, my $m, 65536, 0))) { $m =~ s/[\n\0]+$//; print $out "$m\n"; }
	' "$LOG" </dev/null >$W/syslogd.err 2>&1 &
	E2E_PIDS="$E2E_PIDS $!"
	local i=0
	while [ ! -S /dev/log ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
	[ -S /dev/log ] || e2e_die "the syslog listener did not create /dev/log"

	mkdir -p "$CONFD" /etc/netns
	chmod 0755 /etc/security "$CONFD"
	install_pam_services ""
	cat >/etc/sudoers <<-'EOF'
		Defaults env_reset
		Defaults secure_path="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
		root ALL=(ALL:ALL) ALL
	EOF
	chmod 0440 /etc/sudoers
	rm -rf /etc/sudoers.d/* 2>/dev/null
	echo "127.0.0.1 localhost $(hostname)" >/etc/hosts

	cat >$W/bin/pamexec-record <<-'EOF'
		#!/bin/sh
		# pam_exec after pam_ns: proves forking still works in the session's
		# namespaces, and records where it ran.
		echo "$PAM_USER $PAM_TYPE $(readlink /proc/self/ns/pid)" >>/run/e2e/pamexec.log
	EOF
	chmod 0755 $W/bin/pamexec-record
	: >$W/pamexec.log
	chmod 0644 $W/pamexec.log
	install -m 0755 "$E2E_DIR/lib/probe" $W/bin/probe
}

# install_pam_services EXTRA-ARGS: the pam.d files of the login programs,
# loading the module from the build tree.
install_pam_services() {
	local args="config=$CONF helper=$HELPER init=$INIT${1:+ $1}" f
	for f in "$E2E_DIR"/pam.d/*; do
		sed -e "s|@MODULE@|$MODULE|" -e "s|@ARGS@|$args|" "$f" >/etc/pam.d/"$(basename "$f")"
	done
}

# add_user NAME PASSWORD [useradd options...]
add_user() {
	local name=$1 pw=$2
	shift 2
	useradd -m -s /bin/bash "$@" "$name" || e2e_die "useradd $name failed"
	echo "$name:$pw" | chpasswd || e2e_die "chpasswd $name failed"
}

# start_sshd [PORT NAME [WRAPPER...]]: an sshd on 127.0.0.1:PORT (default
# $SSH_PORT, name "sshd"), its config, pid file and log named after NAME under
# $W; WRAPPER (e.g. `unshare --mount ... sh -c '...; exec "$@"' sh`) runs it.
# E2E_LAST_PID: the listener's pid (also in E2E_PIDS).  Returns 1 with the
# reason in E2E_ERR when it does not listen.
E2E_ERR=""
start_sshd() {
	local port=${1:-$SSH_PORT} name=${2:-sshd}
	shift 2 2>/dev/null || shift $#
	if [ ! -e $W/hostkey ] && ! ssh-keygen -q -t ed25519 -N '' -f $W/hostkey </dev/null; then
		E2E_ERR="ssh-keygen failed"
		return 1
	fi
	sed -e "s|@PORT@|$port|" -e "s|@DIR@/sshd.pid|@DIR@/$name.pid|" -e "s|@DIR@|$W|" \
		"$E2E_DIR/sshd_config" >$W/$name.config
	if ! /usr/sbin/sshd -t -f $W/$name.config; then
		E2E_ERR="sshd -t refuses the sandbox's $W/$name.config"
		return 1
	fi
	"$@" /usr/sbin/sshd -D -e -f $W/$name.config >>$W/$name.log 2>&1 </dev/null &
	E2E_LAST_PID=$!
	E2E_PIDS="$E2E_PIDS $E2E_LAST_PID"
	local i=0
	while ! (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; do
		i=$((i + 1))
		if [ $i -ge 200 ] || ! kill -0 $E2E_LAST_PID 2>/dev/null; then
			E2E_ERR="$name does not listen on 127.0.0.1:$port ($(tail -3 $W/$name.log | tr '\n' '|'))"
			return 1
		fi
		sleep 0.05
	done
}

# stop_pid PID: TERM, KILL after 5 s; waits for it and drops it from E2E_PIDS.
stop_pid() {
	local p=$1 i=0
	kill -TERM "$p" 2>/dev/null
	while kill -0 "$p" 2>/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
	kill -KILL "$p" 2>/dev/null
	wait "$p" 2>/dev/null
	E2E_PIDS=$(printf ' %s' $E2E_PIDS | sed "s/ $p\b//")
}

# sandbox_stop: end what we started, by pid, TERM then KILL after 5 s.
sandbox_stop() {
	local p i
	for p in $E2E_PIDS; do kill -TERM "$p" 2>/dev/null; done
	for i in $(seq 50); do
		local alive=0
		for p in $E2E_PIDS; do kill -0 "$p" 2>/dev/null && alive=1; done
		[ $alive = 1 ] || break
		sleep 0.1
	done
	for p in $E2E_PIDS; do kill -KILL "$p" 2>/dev/null; done
	E2E_PIDS=""
}

# ---- logins ----------------------------------------------------------------
SSH_OPTS=(-p "$SSH_PORT" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null
	-o LogLevel=ERROR -o ConnectTimeout=10 -o PreferredAuthentications=password
	-o PubkeyAuthentication=no -o NumberOfPasswordPrompts=1)

# ssh_as USER CMD...: password login and a command; ssh's exit code.
# E2E_SSH_PORT=PORT: through another sshd (ssh takes the first -p given).
ssh_as() {
	local user=$1
	shift
	timeout 60 sshpass -p "$(pw_of "$user")" ssh ${E2E_SSH_PORT:+-p "$E2E_SSH_PORT"} "${SSH_OPTS[@]}" \
		-l "$user" 127.0.0.1 "$@"
}

# ssh_tty_as USER CMD: the same with a tty (-tt), carriage returns removed.
ssh_tty_as() {
	local user=$1
	shift
	timeout 60 sshpass -p "$(pw_of "$user")" ssh -tt "${SSH_OPTS[@]}" -l "$user" 127.0.0.1 "$@" </dev/null |
		tr -d '\r'
	return "${PIPESTATUS[0]}"
}

# login_as USER CMD: /bin/login on a pty, driven by expect.
login_as() {
	local user=$1 cmd=$2
	E2E_USER=$user E2E_PW=$(pw_of "$user") E2E_CMD=$cmd TERM=dumb timeout 60 expect -f - <<-'EOF' | tr -d '\r'
		set timeout 30
		log_user 1
		spawn -noecho /bin/login $env(E2E_USER)
		expect {
			-re "assword: ?$" { send "$env(E2E_PW)\r" }
			timeout { puts "@@expect: no password prompt"; exit 2 }
		}
		expect {
			-re {[$#] $} { send "$env(E2E_CMD); exit\r" }
			"Login incorrect" { puts "@@expect: login incorrect"; exit 3 }
			eof { puts "@@expect: login ended before the shell prompt"; exit 4 }
			timeout { puts "@@expect: no shell prompt"; exit 5 }
		}
		expect eof
		catch wait result
		exit [lindex $result 3]
	EOF
	return "${PIPESTATUS[0]}"
}

pw_of() { echo "pw-$1-E2e"; }

# ---- syslog ------------------------------------------------------------------
# log_mark: the current end of the log; log_since MARK: what came after it.
# A marker line written through /dev/log and waited for makes sure every line
# sent before it is in the file (datagrams on one socket stay in order).
log_sync() {
	local tag="e2e-sync-$RANDOM$RANDOM" i=0
	logger -u /dev/log -t e2e "$tag" 2>/dev/null
	while ! grep -q "$tag" "$LOG" && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
}
log_mark() { log_sync; stat -c %s "$LOG"; }
log_since() { log_sync; tail -c +"$(($1 + 1))" "$LOG"; }
