/* What a session looks like from inside: no fd of the module left open,
 * mounts kept away from a shared parent, hostname, loopback, /sys, cwd,
 * users in thousands of groups, the INFO line, and sets created on demand. */
#include <errno.h>
#include <fcntl.h>
#include <dirent.h>
#include <net/if.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>
#include <security/pam_appl.h>

#include "pt.h"

/* The whole way through, the private /run/user of a hidden user manager
 * included: a session of root, whose uid is the one an unprivileged run
 * maps (the user's runtime directory is made for it). */
static void test_no_fd_leak(void **state)
{
	(void)state;
	char *net = pt_path("fd-net");
	pt_make_pin(PT_NET, net);
	pt_service("fds", pt_policy("fds",
		"namespaces = { ext = { paths = { net = \"%s\"; }; }; };\n"
		"rules = ( { join = \"ext\"; unshare = [\"mnt\", \"pid\", \"uts\", \"ipc\"]; "
		"proc = true; hostname = \"fd-test\"; } );\n", net), "debug");
	struct pt_result r;
	char *log = NULL;
	pt_session("fds", "root", NULL, NULL, &r, &log);
	assert_int_equal(r.open_rc, PAM_SUCCESS);
	if (r.leaked_fds)
		print_message("left open: %s\n", r.leaked);
	assert_int_equal(r.leaked_fds, 0);
	free(log);
	free(net);
}

/* The test's own shared mount, as systemd makes "/" on most hosts. */
static char *make_shared_mount(const char *name)
{
	char *dir = pt_path("%s", name);
	mkdir(dir, 0755);
	assert_int_equal(mount("shared", dir, "tmpfs", 0, "mode=0755"), 0);
	assert_int_equal(mount("none", dir, "none", MS_SHARED, NULL), 0);
	char *sub = pt_path("%s/sub", name);
	assert_int_equal(mkdir(sub, 0755), 0);
	free(sub);
	return dir;
}

static int mount_inside(struct pt_result *r, void *arg)
{
	const char *sub = arg;
	int rc = mount("inside", sub, "tmpfs", 0, "mode=0755");
	snprintf(r->note, sizeof(r->note), "mount on %s: %s", sub, rc ? strerror(errno) : "ok");
	return rc == 0;
}

static bool is_mountpoint(const char *dir, const char *sub)
{
	struct stat a, b;
	assert_int_equal(stat(dir, &a), 0);
	assert_int_equal(stat(sub, &b), 0);
	return a.st_dev != b.st_dev;
}

static void test_propagation_slave_keeps_mounts_inside(void **state)
{
	(void)state;
	char *dir = make_shared_mount("prop-slave");
	char *sub = pt_path("prop-slave/sub");
	pt_service("prop", pt_policy("prop", "rules = ( { unshare = [\"mnt\"]; } );\n"), "");
	struct pt_result r;
	pt_session("prop", "alice", mount_inside, sub, &r, NULL);
	assert_int_equal(r.open_rc, PAM_SUCCESS);
	assert_int_equal(r.cb, 1);
	assert_false(is_mountpoint(dir, sub));
	free(dir);
	free(sub);
}

/* The control: with propagation = "shared" the same mount does leak,
 * so the test above can tell the difference. */
static void test_propagation_shared_control(void **state)
{
	(void)state;
	char *dir = make_shared_mount("prop-shared");
	char *sub = pt_path("prop-shared/sub");
	pt_service("propshared", pt_policy("propshared",
		"rules = ( { unshare = [\"mnt\"]; propagation = \"shared\"; } );\n"), "");
	struct pt_result r;
	pt_session("propshared", "alice", mount_inside, sub, &r, NULL);
	assert_int_equal(r.open_rc, PAM_SUCCESS);
	assert_int_equal(r.cb, 1);
	assert_true(is_mountpoint(dir, sub));
	umount2(sub, MNT_DETACH);
	free(dir);
	free(sub);
}

static int get_hostname(struct pt_result *r, void *arg)
{
	(void)arg;
	return gethostname(r->note, sizeof(r->note)) == 0;
}

static void test_hostname_expansion(void **state)
{
	(void)state;
	char before[256];
	assert_int_equal(gethostname(before, sizeof(before)), 0);
	pt_service("hostsvc", pt_policy("hostsvc",
		"rules = ( { unshare = [\"uts\"]; hostname = \"%%u-%%s\"; } );\n"), "");
	struct pt_result r;
	pt_session("hostsvc", "alice", get_hostname, NULL, &r, NULL);
	assert_int_equal(r.open_rc, PAM_SUCCESS);
	assert_string_equal(r.note, "alice-hostsvc");
	char after[256];
	assert_int_equal(gethostname(after, sizeof(after)), 0);
	assert_string_equal(before, after);
}

/* lo is up, and /sys/class/net shows this namespace (only lo). */
static int net_view(struct pt_result *r, void *arg)
{
	(void)arg;
	int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	struct ifreq ifr;
	memset(&ifr, 0, sizeof(ifr));
	strcpy(ifr.ifr_name, "lo");
	int up = fd >= 0 && ioctl(fd, SIOCGIFFLAGS, &ifr) == 0 && (ifr.ifr_flags & IFF_UP);
	if (fd >= 0)
		close(fd);
	size_t used = 0;
	DIR *d = opendir("/sys/class/net");
	struct dirent *de;
	while (d && (de = readdir(d)))
		if (de->d_name[0] != '.' && used < 900)
			used += (size_t)snprintf(r->note + used, sizeof(r->note) - used, "%s ", de->d_name);
	if (d)
		closedir(d);
	return up;
}

static void test_net_lo_up_and_sysfs(void **state)
{
	(void)state;
	pt_service("netview", pt_policy("netview", "rules = ( { unshare = [\"net\", \"mnt\"];"
					 " user_manager = \"reachable\"; } );\n"), "");
	struct pt_result r;
	pt_session("netview", "alice", net_view, NULL, &r, NULL);
	assert_int_equal(r.open_rc, PAM_SUCCESS);
	assert_int_equal(r.cb, 1);
	assert_string_equal(r.note, "lo ");
}

static int get_cwd(struct pt_result *r, void *arg)
{
	(void)arg;
	return getcwd(r->note, sizeof(r->note)) != NULL;
}

/* setns() into a mount namespace resets the cwd: the module restores it. */
static void test_cwd_kept_after_joining_mnt(void **state)
{
	(void)state;
	char *mnt = pt_path("cwd-mnt");
	pt_make_pin(PT_MNT, mnt);
	pt_service("cwd", pt_policy("cwd",
		"namespaces = { ext = { paths = { mnt = \"%s\"; }; }; };\n"
		"rules = ( { join = \"ext\"; } );\n", mnt), "");
	struct pt_result r;
	pt_session("cwd", "alice", get_cwd, NULL, &r, NULL);
	assert_int_equal(r.open_rc, PAM_SUCCESS);
	assert_string_equal(r.note, pt_dir());
	free(mnt);
}

static int tmp_dev(struct pt_result *r, void *arg)
{
	(void)arg;
	struct stat st;
	if (stat("/tmp", &st) < 0)
		return -1;
	snprintf(r->note, sizeof(r->note), "%lu %o", (unsigned long)st.st_dev, st.st_mode & 07777);
	return 1;
}

static void test_private_tmp(void **state)
{
	(void)state;
	struct stat st;
	assert_int_equal(stat("/tmp", &st), 0);
	pt_service("tmp", pt_policy("tmp",
		"rules = ( { unshare = [\"mnt\"]; tmp = \"private\"; } );\n"), "");
	struct pt_result r;
	pt_session("tmp", "alice", tmp_dev, NULL, &r, NULL);
	assert_int_equal(r.open_rc, PAM_SUCCESS);
	unsigned long dev = strtoul(r.note, NULL, 10);
	assert_int_not_equal(dev, (unsigned long)st.st_dev);
	assert_non_null(strstr(r.note, " 1777"));
}

/* carol is in 2000 groups; the rule names the last. */
static void test_user_in_2000_groups(void **state)
{
	(void)state;
	pt_service("groups", pt_policy("groups",
		"rules = ( { groups = [\"g2000\"]; unshare = [\"ipc\"];"
		" user_manager = \"reachable\"; } );\n"), "");
	struct pt_result r;
	char *log = NULL;
	pt_session("groups", "carol", NULL, NULL, &r, &log);
	assert_int_equal(r.open_rc, PAM_SUCCESS);
	assert_int_not_equal(r.after[PT_IPC], r.before[PT_IPC]);
	assert_true(pt_log_line(log, "session for carol", NULL));
	free(log);
	pt_session("groups", "dave", NULL, NULL, &r, NULL);
	assert_int_equal(r.open_rc, PT_IGNORED);
}

static void test_info_line(void **state)
{
	(void)state;
	char *net = pt_path("info-net");
	unsigned long net_id = pt_make_pin(PT_NET, net);
	const char *pol = pt_policy("info",
		"namespaces = { ext = { paths = { net = \"%s\"; }; }; };\n"
		"rules = (\n"
		"  { users = [\"bob\"]; action = \"none\"; },\n"
		"  { users = [\"alice\"]; join = \"ext\"; unshare = [\"uts\", \"ipc\"];"
		" user_manager = \"reachable\"; }\n"
		");\n", net);
	pt_service("info", pol, "");
	struct pt_result r;
	char *log = NULL;
	pt_session("info", "alice", NULL, NULL, &r, &log);
	assert_int_equal(r.open_rc, PAM_SUCCESS);
	char rule[600], netw[64], utsw[64], ipcw[64];
	snprintf(rule, sizeof(rule), "(service info, rhost -, tty -, rule %s:6, set ext)", pol);
	snprintf(netw, sizeof(netw), " net=joined:%lu", net_id);
	snprintf(utsw, sizeof(utsw), " uts=new:%lu", r.after[PT_UTS]);
	snprintf(ipcw, sizeof(ipcw), " ipc=new:%lu", r.after[PT_IPC]);
	if (!pt_log_line(log, "SYSLOG(6)", "session for alice ", rule, netw, utsw,
			 ipcw, NULL))
		print_message("log was:\n%s\n", log);
	assert_true(pt_log_line(log, "SYSLOG(6)", "session for alice ", rule, netw,
				utsw, ipcw, NULL));
	/* Exactly one INFO line, no ERR line. */
	assert_false(pt_log_line(log, "SYSLOG(3)", NULL));
	free(log);
	free(net);
}

/* The module runs the helper with a clean environment; in this test world
 * the users exist only through nss_wrapper, so the helper is reached
 * through a wrapper that preloads it again. */
static char *nss_helper(void)
{
	char *wrapper = pt_path("nss-helper");
	/* The module runs it with an empty environment: the sanitizers'
	 * options (make check-asan) are passed on here too. */
	char san[2048] = "";
	const char *opts[] = { "ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS" };
	for (size_t i = 0; i < sizeof(opts) / sizeof(*opts); i++)
		if (getenv(opts[i]))
			snprintf(san + strlen(san), sizeof(san) - strlen(san), "%s='%s' ", opts[i], getenv(opts[i]));
	pt_write_file(wrapper, 0755,
		      "#!/bin/sh\nexec env %sLD_PRELOAD=libnss_wrapper.so NSS_WRAPPER_PASSWD='%s' "
		      "NSS_WRAPPER_GROUP='%s' '%s' \"$@\"\n",
		      san, getenv("NSS_WRAPPER_PASSWD"), getenv("NSS_WRAPPER_GROUP"), getenv("PNS_HELPER"));
	return wrapper;
}

static void create_service(const char *name, const char *body)
{
	char *helper = nss_helper();
	char line[1400];
	snprintf(line, sizeof(line), "config=%s helper=%s", pt_policy(name, "%s", body), helper);
	pt_service_raw(name, line);
	free(helper);
}

/* create = true: the helper makes the set on first login, the second
 * login joins the very same namespaces. */
static void test_create_per_user_on_first_login(void **state)
{
	(void)state;
	create_service("create", "namespaces = { lab = { types = [\"net\", \"uts\"]; per = \"user\"; }; };\n"
				 "rules = ( { join = \"lab\"; create = true;"
				 " user_manager = \"reachable\"; } );\n");
	struct pt_result first, second, other;
	char *log = NULL;
	pt_session("create", "alice", NULL, NULL, &first, &log);
	if (first.open_rc != PAM_SUCCESS)
		print_message("log was:\n%s\n", log);
	assert_int_equal(first.open_rc, PAM_SUCCESS);
	assert_int_not_equal(first.after[PT_NET], first.before[PT_NET]);
	assert_int_not_equal(first.after[PT_UTS], first.before[PT_UTS]);
	assert_int_equal(first.leaked_fds, 0);
	/* Made by the helper, then joined from the store, not unshared here. */
	char want[64];
	snprintf(want, sizeof(want), "net=joined:%lu", first.after[PT_NET]);
	assert_true(pt_log_line(log, "session for alice", want, NULL));
	free(log);
	pt_session("create", "alice", NULL, NULL, &second, NULL);
	assert_int_equal(second.open_rc, PAM_SUCCESS);
	assert_int_equal(second.after[PT_NET], first.after[PT_NET]);
	assert_int_equal(second.after[PT_UTS], first.after[PT_UTS]);
	pt_session("create", "bob", NULL, NULL, &other, NULL);
	assert_int_equal(other.open_rc, PAM_SUCCESS);
	assert_int_not_equal(other.after[PT_NET], first.after[PT_NET]);
	assert_int_not_equal(other.after[PT_NET], other.before[PT_NET]);
}

/* A shared set: everyone the rule matches lands in one namespace. */
static void test_create_shared(void **state)
{
	(void)state;
	create_service("createshared", "namespaces = { lab = { types = [\"ipc\"]; }; };\n"
				       "rules = ( { join = \"lab\"; create = true;"
				       " user_manager = \"reachable\"; } );\n");
	struct pt_result a, b;
	pt_session("createshared", "alice", NULL, NULL, &a, NULL);
	pt_session("createshared", "bob", NULL, NULL, &b, NULL);
	assert_int_equal(a.open_rc, PAM_SUCCESS);
	assert_int_equal(b.open_rc, PAM_SUCCESS);
	assert_int_not_equal(a.after[PT_IPC], a.before[PT_IPC]);
	assert_int_equal(a.after[PT_IPC], b.after[PT_IPC]);
}

/* A helper someone else could swap (group-writable, or in a directory
 * others may write) is never run: the session is refused, naming why. */
static void test_untrusted_helper_is_not_run(void **state)
{
	(void)state;
	char *dir = pt_path("shared-bin");
	assert_int_equal(mkdir(dir, 0755), 0);
	char helper[600], marker[600];
	snprintf(helper, sizeof(helper), "%s/helper", dir);
	snprintf(marker, sizeof(marker), "%s/ran", dir);
	pt_write_file(helper, 0755, "#!/bin/sh\ntouch %s\nexit 0\n", marker);
	const char *pol = pt_policy("untrusted",
		"namespaces = { lab = { types = [\"net\"]; }; };\n"
		"rules = ( { join = \"lab\"; create = true; user_manager = \"reachable\"; } );\n");
	char line[1400];
	snprintf(line, sizeof(line), "config=%s helper=%s", pol, helper);
	pt_service_raw("untrusted", line);
	const char *why[] = { "writable by group or others", "writable by group or others" };
	for (int round = 0; round < 2; round++) {
		/* First the file itself, then its directory. */
		assert_int_equal(chmod(round == 0 ? helper : dir, round == 0 ? 0775 : 0777), 0);
		if (round == 1)
			assert_int_equal(chmod(helper, 0755), 0);
		struct pt_result r;
		char *log = NULL;
		pt_session("untrusted", "alice", NULL, NULL, &r, &log);
		assert_int_equal(r.open_rc, PAM_SESSION_ERR);
		assert_true(pt_log_line(log, "SYSLOG(3)", round == 0 ? helper : dir, why[round], NULL));
		assert_int_equal(access(marker, F_OK), -1);
		free(log);
	}
	free(dir);
}

/* A helper that fails: the session is refused, with its message logged. */
static void test_create_failure_is_refused(void **state)
{
	(void)state;
	char *helper = pt_path("failing-helper");
	pt_write_file(helper, 0755, "#!/bin/sh\necho 'cannot create: disk on fire' >&2\nexit 1\n");
	char args[600];
	snprintf(args, sizeof(args), "helper=%s", helper);
	const char *pol = pt_policy("createfail",
		"namespaces = { lab = { types = [\"net\"]; }; };\n"
		"rules = ( { join = \"lab\"; create = true; user_manager = \"reachable\"; } );\n");
	char line[1400];
	snprintf(line, sizeof(line), "config=%s %s", pol, args);
	pt_service_raw("createfail", line);
	struct pt_result r;
	char *log = NULL;
	pt_session("createfail", "alice", NULL, NULL, &r, &log);
	assert_int_equal(r.open_rc, PAM_SESSION_ERR);
	assert_int_equal(r.after[PT_NET], r.before[PT_NET]);
	assert_true(pt_log_line(log, "SYSLOG(3)", "exit code 1", "disk on fire", NULL));
	assert_int_equal(r.leaked_fds, 0);
	free(log);
	free(helper);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_no_fd_leak),
		cmocka_unit_test(test_propagation_slave_keeps_mounts_inside),
		cmocka_unit_test(test_propagation_shared_control),
		cmocka_unit_test(test_hostname_expansion),
		cmocka_unit_test(test_net_lo_up_and_sysfs),
		cmocka_unit_test(test_cwd_kept_after_joining_mnt),
		cmocka_unit_test(test_private_tmp),
		cmocka_unit_test(test_user_in_2000_groups),
		cmocka_unit_test(test_info_line),
		cmocka_unit_test(test_create_per_user_on_first_login),
		cmocka_unit_test(test_create_shared),
		cmocka_unit_test(test_create_failure_is_refused),
		cmocka_unit_test(test_untrusted_helper_is_not_run),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
