/* The user's service manager (systemd --user) runs outside every login's
 * namespaces: a session that isolates net, pid or ipc gets a private
 * /run/user, so the manager's sockets and bus are out of its reach, unless
 * the rule says user_manager = "reachable" (pam_ns(8), SYSTEMD HOSTS).
 * The run's /run is a tmpfs of its own (tests/pam/run); these tests give it
 * a /run/user as logind does, and root as the user (uid 0 is the one uid an
 * unprivileged run maps). */
#include <dirent.h>
#include <fcntl.h>
#include <sched.h>
#include <sys/wait.h>
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>
#include <security/pam_appl.h>

#include "pt.h"

#define BUS "unix:path=/run/user/0/bus"

/* The service file pt_service wrote, with pam_env first setting the bus
 * address the way pam_systemd does when it runs before pam_ns. */
static void with_bus_address(const char *service)
{
	char *path = pt_path("pam.d/%s", service), *env = pt_path("%s.env", service);
	char body[4096];
	FILE *f = fopen(path, "r");
	assert_non_null(f);
	size_t n = fread(body, 1, sizeof(body) - 1, f);
	fclose(f);
	body[n] = '\0';
	pt_write_file(env, 0644, "DBUS_SESSION_BUS_ADDRESS DEFAULT=%s\n", BUS);
	pt_write_file(path, 0644, "session required pam_env.so readenv=0 conffile=%s\n%s", env, body);
	free(path);
	free(env);
}

static int entries(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return -1;
	int n = 0;
	struct dirent *de;
	while ((de = readdir(d)))
		n += strcmp(de->d_name, ".") && strcmp(de->d_name, "..");
	closedir(d);
	return n;
}

/* In the session: 1 when /run/user holds nothing but an empty runtime
 * directory of the user (mode 0700) and the bus address is gone. */
static int sees_private_runtime(struct pt_result *r, void *arg)
{
	(void)arg;
	struct stat st;
	const char *bus = pam_getenv(pt_handle, "DBUS_SESSION_BUS_ADDRESS");
	const char *force = pam_getenv(pt_handle, "SYSTEMCTL_FORCE_BUS");
	int rc = lstat("/run/user/0", &st);
	snprintf(r->note, sizeof(r->note), "/run/user: %d entries; /run/user/0: %s mode %o uid %d, "
		 "%d entries; bus %s; force %s; /run/user/marker %s", entries("/run/user"),
		 rc == 0 ? "present" : strerror(errno), rc == 0 ? (unsigned)(st.st_mode & 07777) : 0,
		 rc == 0 ? (int)st.st_uid : -1, entries("/run/user/0"), bus ? bus : "(unset)",
		 force ? force : "(unset)", access("/run/user/marker", F_OK) == 0 ? "seen" : "hidden");
	return rc == 0 && S_ISDIR(st.st_mode) && (st.st_mode & 07777) == 0700 && st.st_uid == 0 &&
	       entries("/run/user") == 1 && entries("/run/user/0") == 0 && !bus;
}

/* In the session: 1 when /run/user is the host's, bus address kept. */
static int sees_host_runtime(struct pt_result *r, void *arg)
{
	(void)arg;
	const char *bus = pam_getenv(pt_handle, "DBUS_SESSION_BUS_ADDRESS");
	snprintf(r->note, sizeof(r->note), "bus %s; /run/user/marker %s", bus ? bus : "(unset)",
		 access("/run/user/marker", F_OK) == 0 ? "seen" : "hidden");
	return access("/run/user/marker", F_OK) == 0 && bus && !strcmp(bus, BUS);
}

static int setup(void **state)
{
	(void)state;
	/* As logind leaves it: the runtime directories' parent, with
	 * something in it the session must not see. */
	if (mkdir("/run/user", 0755) < 0 && errno != EEXIST)
		return -1;
	pt_write_file("/run/user/marker", 0644, "host\n");
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	unlink("/run/user/marker");
	return rmdir("/run/user");
}

/* A session of root under `policy` (a whole body) or, when NULL, under
 * the one rule `rule`; `view` must hold inside and the INFO line show
 * want_line. */
static void check(const char *svc, const char *policy, const char *rule, pt_fn view,
		  const char *want_line)
{
	if (policy)
		pt_service(svc, pt_policy(svc, "%s", policy), "");
	else
		pt_service(svc, pt_policy(svc, "rules = ( { users = [\"root\"]; %s } );\n", rule), "");
	with_bus_address(svc);
	struct pt_result r;
	char *log = NULL;
	pt_session(svc, "root", view, NULL, &r, &log);
	if (r.cb != 1 || r.open_rc != PAM_SUCCESS || !pt_log_line(log, "session for root", want_line, NULL))
		print_message("%s: %s\n%s", svc, r.note, log ? log : "");
	assert_int_equal(r.open_rc, PAM_SUCCESS);
	assert_int_equal(r.cb, 1);
	assert_true(pt_log_line(log, "session for root", want_line, NULL));
	free(log);
}

/* A new net namespace without mnt: the private /run/user brings a mount
 * namespace of the session's own. */
static void net_isolation_hides_the_user_manager(void **state)
{
	(void)state;
	check("um-net", NULL, "unshare = [\"net\"];", sees_private_runtime, "user_manager=hidden");
}

/* A pid namespace: hidden as well, and systemctl told to use the system
 * bus (PID 1's private socket refuses a peer it cannot see). */
static int sees_private_runtime_and_forced_bus(struct pt_result *r, void *arg)
{
	const char *force = pam_getenv(pt_handle, "SYSTEMCTL_FORCE_BUS");
	return sees_private_runtime(r, arg) && force && !strcmp(force, "1");
}

static void pid_isolation_hides_it_and_forces_the_system_bus(void **state)
{
	(void)state;
	check("um-pid", NULL, "unshare = [\"pid\", \"mnt\"]; proc = true;", sees_private_runtime_and_forced_bus,
	      "user_manager=hidden");
}

/* A joined set's mount namespace stays the set's: the session gets a
 * layer of its own for the private /run/user. */
static void a_joined_mount_namespace_is_layered(void **state)
{
	(void)state;
	char *mnt = pt_path("um-mnt-pin"), *net = pt_path("um-net-pin");
	unsigned long mnt_id = pt_make_pin(PT_MNT, mnt);
	pt_make_pin(PT_NET, net);
	char policy[1024];
	snprintf(policy, sizeof(policy), "namespaces = { ext = { paths = { mnt = \"%s\"; net = \"%s\"; }; "
		 "}; };\nrules = ( { users = [\"root\"]; join = \"ext\"; } );\n", mnt, net);
	char want[64];
	snprintf(want, sizeof(want), "mnt=joined:%lu/session:", mnt_id);
	check("um-join", policy, NULL, sees_private_runtime, want);
	/* The set's own mount namespace saw nothing of it. */
	assert_int_equal(pt_ns_id(mnt), mnt_id);
	fflush(NULL);
	pid_t pid = fork();
	if (pid == 0) {
		int fd = open(mnt, O_RDONLY | O_CLOEXEC);
		if (fd < 0 || setns(fd, CLONE_NEWNS) < 0)
			_exit(2);
		_exit(access("/run/user/marker", F_OK) == 0 && access("/run/user/0", F_OK) < 0 ? 0 : 1);
	}
	int status = -1;
	waitpid(pid, &status, 0);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
	free(mnt);
	free(net);
}

static void reachable_leaves_run_user_alone(void **state)
{
	(void)state;
	check("um-reach", NULL, "unshare = [\"net\", \"ipc\"]; user_manager = \"reachable\";", sees_host_runtime,
	      "net=new");
}

/* uts and mnt alone isolate nothing the manager would undo. */
static void uts_alone_leaves_it_reachable(void **state)
{
	(void)state;
	check("um-uts", NULL, "unshare = [\"uts\"];", sees_host_runtime, "uts=new");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(net_isolation_hides_the_user_manager),
		cmocka_unit_test(pid_isolation_hides_it_and_forces_the_system_bus),
		cmocka_unit_test(a_joined_mount_namespace_is_layered),
		cmocka_unit_test(reachable_leaves_run_user_alone),
		cmocka_unit_test(uts_alone_leaves_it_reachable),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
