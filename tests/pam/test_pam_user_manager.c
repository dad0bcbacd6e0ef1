/* The user's service manager (systemd --user) runs outside every login's
 * namespaces.  A rule that isolates net, pid or ipc hides it by default,
 * and must then give the session a pid namespace with a /proc of its own
 * (pid and mnt with proc = true, unshared or from a set made by pam_ns):
 * the session gets a private /run/user, so the manager's sockets and bus
 * are out of its reach, and sees no process outside it.  Without that
 * /proc the policy is refused, unless the rule says user_manager =
 * "reachable".  The manager's own session (PAM service systemd-user) is
 * refused where it would hide from the user's sessions (pam_ns(8), SYSTEMD
 * HOSTS).  The run's /run is a tmpfs of its own (tests/pam/run); these
 * tests give it a /run/user as logind does, and root as the user (uid 0 is
 * the one uid an unprivileged run maps). */
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

/* In the session: 1 when /run/user holds nothing but an empty runtime
 * directory of the user, the bus address is gone and systemctl is told to
 * use the system bus (PID 1's private socket refuses a peer it cannot
 * see from a pid namespace). */
static int sees_private_runtime_and_forced_bus(struct pt_result *r, void *arg)
{
	const char *force = pam_getenv(pt_handle, "SYSTEMCTL_FORCE_BUS");
	return sees_private_runtime(r, arg) && force && !strcmp(force, "1");
}

/* net, pid and mnt with a fresh /proc: hidden by default. */
static void net_isolation_hides_the_user_manager(void **state)
{
	(void)state;
	check("um-net", NULL, "unshare = [\"net\", \"pid\", \"mnt\"]; proc = true;",
	      sees_private_runtime_and_forced_bus, "user_manager=hidden");
}

static void pid_isolation_hides_it_and_forces_the_system_bus(void **state)
{
	(void)state;
	check("um-pid", NULL, "unshare = [\"pid\", \"mnt\"]; proc = true;", sees_private_runtime_and_forced_bus,
	      "user_manager=hidden");
}

/* A session with the host's /proc reaches every process of the user
 * outside it, the manager among them: such a rule must say so, or the
 * policy is refused (and with it the session, before anything moves). */
static void without_a_fresh_proc_the_policy_is_refused(void **state)
{
	(void)state;
	static const struct {
		const char *body, *why;
	} cases[] = {
		{ "rules = ( { users = [\"root\"]; unshare = [\"net\"]; } );\n",
		  ":3: this rule isolates net, but it leaves the host's /proc in the session" },
		{ "rules = ( { users = [\"root\"]; unshare = [\"ipc\", \"pid\", \"mnt\"]; } );\n",
		  ":3: this rule isolates ipc,pid, but it leaves the host's /proc in the session" },
		{ "rules = ( { users = [\"root\"]; unshare = [\"uts\", \"mnt\"]; user_manager = \"hidden\"; } );\n",
		  ":3: user_manager = \"hidden\" leaves the host's /proc in the session" },
		/* A set pinned by someone else never counts as a /proc of the
		 * session's own. */
		{ "namespaces = { ext = { paths = { pid = \"/nonexistent/pid\"; mnt = \"/nonexistent/mnt\"; }; }; };\n"
		  "rules = ( { users = [\"root\"]; join = \"ext\"; } );\n",
		  ":4: this rule isolates pid, but it leaves the host's /proc in the session" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char svc[32];
		snprintf(svc, sizeof(svc), "um-refused-%zu", i);
		pt_service(svc, pt_policy(svc, "%s", cases[i].body), "");
		struct pt_result r;
		char *log = NULL;
		pt_session(svc, "root", NULL, NULL, &r, &log);
		bool logged = pt_log_line(log, "SYSLOG(3)", svc, cases[i].why, "user_manager = \"reachable\"",
					  "policy unusable; session refused", NULL);
		if (r.open_rc != PAM_SERVICE_ERR || !logged)
			print_message("%s: open %d\n%s", svc, r.open_rc, log ? log : "");
		assert_int_equal(r.open_rc, PAM_SERVICE_ERR);
		assert_true(logged);
		for (int t = 0; t < PT_NTYPES; t++)
			assert_int_equal(r.after[t], r.before[t]);
		assert_int_equal(access("/run/user/0", F_OK), -1);
		free(log);
	}
}

/* No /run/user yet (logind makes it, and the user's directory in it, at
 * the first login): made first, root's and 0755, where the login program
 * is, so that the user's directory logind adds stays out of the session's
 * sight; the session still gets its private one. */
static void a_missing_run_user_is_made_outside_the_session(void **state)
{
	assert_int_equal(teardown(state), 0);
	pt_service("um-none", pt_policy("um-none", "rules = ( { users = [\"root\"]; unshare = [\"net\", \"pid\", "
				       "\"mnt\"]; proc = true; } );\n"), "");
	struct pt_result r;
	char *log = NULL;
	pt_session("um-none", "root", sees_private_runtime, NULL, &r, &log);
	if (r.cb != 1 || r.open_rc != PAM_SUCCESS)
		print_message("%s\n%s", r.note, log ? log : "");
	assert_int_equal(r.open_rc, PAM_SUCCESS);
	assert_int_equal(r.cb, 1);
	struct stat st;
	assert_int_equal(lstat("/run/user", &st), 0);
	assert_true(S_ISDIR(st.st_mode));
	assert_int_equal(st.st_mode & 07777, 0755);
	assert_int_equal(st.st_uid, 0);
	assert_int_equal(entries("/run/user"), 0);
	free(log);
	assert_int_equal(setup(state), 0);
}

/* Run the helper of the build with `args` (a shell word list); its exit
 * code, the first line it prints in out (its stderr is pam_wrapper's
 * debug output here, and dropped). */
static int helper(const char *args, char *out, size_t size)
{
	char cmd[2048];
	/* Under ASan (make check-asan) exec ends in the set's pid namespace,
	 * where LeakSanitizer's exit check cannot stop the process (it
	 * spins): exec goes without that one check. */
	const char *noleak = getenv("ASAN_OPTIONS") && strstr(args, " exec ") ?
		"ASAN_OPTIONS=\"$ASAN_OPTIONS:detect_leaks=0\" " : "";
	snprintf(cmd, sizeof(cmd), "%s'%s' %s 2>/dev/null", noleak, getenv("PNS_HELPER"), args);
	FILE *p = popen(cmd, "r");
	assert_non_null(p);
	out[0] = '\0';
	if (!fgets(out, (int)size, p))
		out[0] = '\0';
	out[strcspn(out, "\n")] = '\0';
	char rest[256];
	while (fgets(rest, sizeof(rest), p))
		;
	int status = pclose(p);
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* A set made by pam_ns with pid, mnt and proc = true: its mount namespace
 * stays the set's, the session gets a layer of its own over it for the
 * private /run/user. */
static void a_joined_set_with_its_own_proc_is_layered(void **state)
{
	(void)state;
	const char *pol = pt_policy("um-join",
		"namespaces = { box = { types = [\"net\", \"pid\", \"mnt\"]; per = \"user\"; proc = true; }; };\n"
		"rules = ( { users = [\"root\"]; join = \"box\"; create = true; } );\n");
	pt_service("um-join", pol, "");
	with_bus_address("um-join");
	struct pt_result r;
	char *log = NULL;
	pt_session("um-join", "root", sees_private_runtime, NULL, &r, &log);
	char args[1024], out[256], want[96];
	snprintf(args, sizeof(args), "-c '%s' exec box -u root -- readlink /proc/self/ns/mnt", pol);
	int rc = helper(args, out, sizeof(out));
	unsigned long set_mnt = strtoul(out + strcspn(out, "0123456789"), NULL, 10);
	snprintf(want, sizeof(want), "mnt=joined:%lu/session:", set_mnt);
	bool logged = pt_log_line(log, "session for root", want, "user_manager=hidden", NULL);
	if (r.open_rc != PAM_SUCCESS || r.cb != 1 || rc != 0 || !logged)
		print_message("%s\nhelper exec: %d %s\n%s", r.note, rc, out, log ? log : "");
	assert_int_equal(r.open_rc, PAM_SUCCESS);
	assert_int_equal(r.cb, 1);
	assert_int_equal(rc, 0);
	assert_true(logged);
	assert_int_not_equal(r.after[PT_NET], r.before[PT_NET]);
	/* The set's own mount namespace saw nothing of it. */
	snprintf(args, sizeof(args), "-c '%s' exec box -u root -- /bin/sh -c "
		 "'test -e /run/user/marker && ! test -e /run/user/0 && echo untouched'", pol);
	rc = helper(args, out, sizeof(out));
	if (rc != 0 || strcmp(out, "untouched"))
		print_message("in the set: %d %s\n", rc, out);
	assert_int_equal(rc, 0);
	assert_string_equal(out, "untouched");
	snprintf(args, sizeof(args), "-c '%s' delete box -u root", pol);
	assert_int_equal(helper(args, out, sizeof(out)), 0);
	free(log);
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

/* The manager's own session, service systemd-user, under `body`: its
 * PAM code, and whether the log has a line with `needle` (NULL: none
 * wanted). */
static int manager_session(const char *body, const char *args, const char *needle, bool *logged)
{
	pt_service("systemd-user", pt_policy("systemd-user", "%s", body), args);
	struct pt_result r;
	char *log = NULL;
	pt_session("systemd-user", "root", NULL, NULL, &r, &log);
	*logged = !needle || pt_log_line(log, needle, NULL);
	if (!*logged)
		print_message("wanted \"%s\" in:\n%s", needle, log ? log : "");
	if (r.open_rc != PAM_SUCCESS)
		for (int t = 0; t < PT_NTYPES; t++)
			assert_int_equal(r.after[t], r.before[t]);
	free(log);
	return r.open_rc;
}

#define HIDDEN "unshare = [\"net\", \"pid\", \"mnt\"]; proc = true;"

/* A manager outside would run what a hidden session leaves in the user's
 * files: not started where the rule that matches its session hides it, or
 * where none (or "none") matches it while a rule for the user hides it;
 * started where a rule that matches it puts it into namespaces without
 * hiding it. */
static void the_manager_is_refused_where_its_user_is_hidden(void **state)
{
	(void)state;
	bool logged;
	assert_int_equal(manager_session("rules = ( { users = [\"root\"]; " HIDDEN " } );\n", "",
					 "not starting the service manager of root: rule", &logged),
			 PAM_SESSION_ERR);
	assert_true(logged);
	assert_int_equal(manager_session("rules = ( { users = [\"root\"]; services = [\"sshd\"]; " HIDDEN " } );\n",
					 "", "no rule places the manager itself", &logged),
			 PAM_SESSION_ERR);
	assert_true(logged);
	/* not_services leaves its session to no rule: refused all the same. */
	assert_int_equal(manager_session("rules = ( { users = [\"root\"]; not_services = [\"systemd-user\"]; "
					 HIDDEN " } );\n", "", "systemd-user.conf:3 hides it", &logged),
			 PAM_SESSION_ERR);
	assert_true(logged);
	/* A trial run says so and refuses nothing. */
	assert_int_equal(manager_session("rules = ( { users = [\"root\"]; " HIDDEN " } );\n", "dry_run",
					 "dry run: not starting the service manager of root", &logged),
			 PT_IGNORED);
	assert_true(logged);
	/* "none" for the manager's own session does not outweigh a hidden
	 * session of its user (it would run what that session leaves), nor
	 * does a catch-all "none" after a rule for sshd only. */
	assert_int_equal(manager_session("rules = ( { users = [\"root\"]; services = [\"systemd-user\"]; "
					 "action = \"none\"; },\n  { users = [\"root\"]; " HIDDEN " } );\n", "",
					 "systemd-user.conf:4 hides it", &logged),
			 PAM_SESSION_ERR);
	assert_true(logged);
	assert_int_equal(manager_session("rules = ( { users = [\"root\"]; services = [\"sshd\"]; " HIDDEN " },\n"
					 "  { action = \"none\"; } );\n", "", "systemd-user.conf:3 hides it", &logged),
			 PAM_SESSION_ERR);
	assert_true(logged);
	/* "none" with no hidden session of the user lets it be. */
	assert_int_equal(manager_session("rules = ( { users = [\"root\"]; services = [\"systemd-user\"]; "
					 "action = \"none\"; },\n  { users = [\"root\"]; unshare = [\"uts\"]; } );\n",
					 "", NULL, &logged),
			 PT_IGNORED);
	/* Placed in namespaces by a rule that does not hide it. */
	assert_int_equal(manager_session("rules = ( { users = [\"root\"]; unshare = [\"net\"]; "
					 "user_manager = \"reachable\"; } );\n", "", "net=new", &logged),
			 PAM_SUCCESS);
	assert_true(logged);
	/* Other users' rules are not its business. */
	assert_int_equal(manager_session("rules = ( { users = [\"alice\"]; " HIDDEN " } );\n", "", NULL, &logged),
			 PT_IGNORED);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(net_isolation_hides_the_user_manager),
		cmocka_unit_test(pid_isolation_hides_it_and_forces_the_system_bus),
		cmocka_unit_test(without_a_fresh_proc_the_policy_is_refused),
		cmocka_unit_test(a_missing_run_user_is_made_outside_the_session),
		cmocka_unit_test(a_joined_set_with_its_own_proc_is_layered),
		cmocka_unit_test(reachable_leaves_run_user_alone),
		cmocka_unit_test(uts_alone_leaves_it_reachable),
		cmocka_unit_test(the_manager_is_refused_where_its_user_is_hidden),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
