/* Pins: layout under pin_dir, and refusing anything but the right nsfs file. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <cmocka.h>

#include "inline_policy.h"
#include "store/pin.h"

static char dir[] = "/tmp/pns-test-pin.XXXXXX";
static char path[PATH_MAX];

static const char *at(const char *name)
{
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	return path;
}

/* A private world: pins are bind mounts, and a net namespace of our own
 * to pin (as a normal user, only namespaces we own can be bound). */
static int setup(void **state)
{
	(void)state;
	if (enter_private_namespaces() < 0 || unshare(CLONE_NEWNET) < 0) {
		print_error("cannot enter private namespaces: %s\n", strerror(errno));
		return -1;
	}
	if (!mkdtemp(dir) || mount("tmpfs", dir, "tmpfs", 0, "mode=0755") < 0)
		return -1;
	int fd = open(at("net"), O_CREAT | O_WRONLY | O_CLOEXEC, 0444);
	if (fd < 0)
		return -1;
	close(fd);
	if (mount("/proc/self/ns/net", at("net"), NULL, MS_BIND, NULL) < 0)
		return -1;
	fd = open(at("regular"), O_CREAT | O_WRONLY | O_CLOEXEC, 0444);
	close(fd);
	if (symlink("net", at("link")) < 0 || mkdir(at("real"), 0755) < 0 ||
	    symlink("real", at("linkdir")) < 0)
		return -1;
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	umount2(dir, MNT_DETACH);
	rmdir(dir);
	return 0;
}

static void opens_a_pin_of_the_right_type(void **state)
{
	(void)state;
	struct pns_err e = { 0 };
	int fd = pns_pin_open(at("net"), PNS_NET, &e);
	assert_true(fd >= 0);
	struct stat st;
	assert_int_equal(stat("/proc/self/ns/net", &st), 0);
	assert_int_equal(pns_ns_id(fd), st.st_ino);
	assert_true(fcntl(fd, F_GETFD) & FD_CLOEXEC);
	close(fd);
}

static void refuses_the_wrong_type(void **state)
{
	(void)state;
	struct pns_err e = { 0 };
	assert_int_equal(pns_pin_open(at("net"), PNS_UTS, &e), -1);
	assert_non_null(strstr(e.msg, "is a net namespace, expected uts"));
}

static void refuses_a_regular_file(void **state)
{
	(void)state;
	struct pns_err e = { 0 };
	assert_int_equal(pns_pin_open(at("regular"), PNS_NET, &e), -1);
	assert_non_null(strstr(e.msg, "not an nsfs file"));
}

static void refuses_symlinks_anywhere_in_the_path(void **state)
{
	(void)state;
	struct pns_err e = { 0 };
	assert_int_equal(pns_pin_open(at("link"), PNS_NET, &e), -1);
	assert_non_null(strstr(e.msg, "symbolic link"));
	/* A planted directory link is refused too, not only the last one. */
	char through[PATH_MAX];
	snprintf(through, sizeof(through), "%s/linkdir/../net", dir);
	assert_int_equal(pns_pin_open(through, PNS_NET, &e), -1);
	assert_non_null(strstr(e.msg, "symbolic link"));
	/* Entries of /proc/self/ns are magic links: a pin must be a real bind mount. */
	assert_int_equal(pns_pin_open("/proc/self/ns/net", PNS_NET, &e), -1);
}

/* Kernels before 5.6 and valgrind have no openat2: the component walk
 * must refuse the same links. */
static void walking_fallback_refuses_links_too(void **state)
{
	(void)state;
	char through[PATH_MAX];
	int fd = pns_open_walking(at("net"), O_RDONLY);
	assert_true(fd >= 0);
	assert_true(fcntl(fd, F_GETFD) & FD_CLOEXEC);
	close(fd);
	errno = 0;
	assert_int_equal(pns_open_walking(at("link"), O_RDONLY), -1);
	assert_int_equal(errno, ELOOP);
	snprintf(through, sizeof(through), "%s/linkdir/../net", dir);
	errno = 0;
	assert_int_equal(pns_open_walking(through, O_RDONLY), -1);
	assert_int_equal(errno, ELOOP);
	snprintf(through, sizeof(through), "%s/real/../net", dir);
	fd = pns_open_walking(through, O_RDONLY);
	assert_true(fd >= 0);
	close(fd);
	errno = 0;
	assert_int_equal(pns_open_walking(at("nothing"), O_RDONLY), -1);
	assert_int_equal(errno, ENOENT);
}

static void absent_pin_keeps_enoent(void **state)
{
	(void)state;
	struct pns_err e = { 0 };
	assert_int_equal(pns_pin_open(at("nothing"), PNS_NET, &e), -1);
	assert_int_equal(e.errnum, ENOENT);
}

static void layout(void **state)
{
	(void)state;
	struct pns_set shared = { .name = "lab", .per = PNS_PER_SHARED };
	struct pns_set user = { .name = "home", .per = PNS_PER_USER };
	struct pns_set group = { .name = "team", .per = PNS_PER_GROUP };
	struct pns_set ext = { .name = "vpn", .external = true };
	ext.paths[PNS_NET] = "/run/netns/vpn";
	char buf[PATH_MAX];
	struct pns_err e = { 0 };
	assert_int_equal(pns_pin_path("/run/pam_ns", &shared, NULL, PNS_UTS, buf, sizeof(buf), &e), 0);
	assert_string_equal(buf, "/run/pam_ns/lab/uts");
	assert_int_equal(pns_pin_path("/run/pam_ns", &user, "alice", PNS_NET, buf, sizeof(buf), &e), 0);
	assert_string_equal(buf, "/run/pam_ns/home/user/alice/net");
	assert_int_equal(pns_pin_instance_dir("/run/pam_ns", &group, "devs", buf, sizeof(buf), &e), 0);
	assert_string_equal(buf, "/run/pam_ns/team/group/devs");
	assert_int_equal(pns_pin_path("/run/pam_ns", &ext, NULL, PNS_NET, buf, sizeof(buf), &e), 0);
	assert_string_equal(buf, "/run/netns/vpn");
	assert_int_equal(pns_pin_path("/run/pam_ns", &ext, NULL, PNS_UTS, buf, sizeof(buf), &e), -1);
	assert_int_equal(pns_pin_instance_dir("/run/pam_ns", &ext, NULL, buf, sizeof(buf), &e), -1);
	assert_int_equal(pns_pin_instance_dir("/run/pam_ns", &user, "..", buf, sizeof(buf), &e), -1);
	assert_int_equal(pns_pin_instance_dir("/run/pam_ns", &user, "a/b", buf, sizeof(buf), &e), -1);
	assert_int_equal(pns_pin_ip_netns_name(&shared, NULL, buf, sizeof(buf), &e), 0);
	assert_string_equal(buf, "lab");
	assert_int_equal(pns_pin_ip_netns_name(&user, "alice", buf, sizeof(buf), &e), 0);
	assert_string_equal(buf, "home-alice");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(opens_a_pin_of_the_right_type),
		cmocka_unit_test(refuses_the_wrong_type),
		cmocka_unit_test(refuses_a_regular_file),
		cmocka_unit_test(refuses_symlinks_anywhere_in_the_path),
		cmocka_unit_test(walking_fallback_refuses_links_too),
		cmocka_unit_test(absent_pin_keeps_enoent),
		cmocka_unit_test(layout),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
