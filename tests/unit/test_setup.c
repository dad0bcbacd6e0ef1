/* Per-type setup (setup.c), each case in a forked child that unshares
 * what it needs inside the test's private user+mount namespace. */
#include <errno.h>
#include <dirent.h>
#include <fcntl.h>
#include <net/if.h>
#include <sched.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "inline_policy.h"
#include "sandbox.h"
#include "session/setup.h"


static int lo_flags(void)
{
	int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	struct ifreq ifr;
	memset(&ifr, 0, sizeof(ifr));
	strcpy(ifr.ifr_name, "lo");
	int rc = ioctl(fd, SIOCGIFFLAGS, &ifr);
	close(fd);
	return rc < 0 ? -1 : ifr.ifr_flags;
}

static int loopback_child(void *arg)
{
	(void)arg;
	struct pns_err e = { 0 };
	CHECK(!(lo_flags() & IFF_UP));
	CHECK(pns_setup_loopback(&e) == 0);
	CHECK(lo_flags() & IFF_UP);
	CHECK(pns_setup_loopback(&e) == 0);	/* already up: fine */
	return 0;
}

static void loopback_up(void **state)
{
	(void)state;
	assert_int_equal(sandbox_in_child(CLONE_NEWNET, loopback_child, NULL), 0);
}

static int hostname_child(void *arg)
{
	(void)arg;
	struct pns_err e = { 0 };
	char name[65];
	CHECK(pns_setup_hostname("bad_name", &e) < 0);
	CHECK(strstr(e.msg, "bad_name") && strstr(e.msg, "not a valid hostname"));
	CHECK(pns_setup_hostname("-lead", &e) < 0);
	CHECK(pns_setup_hostname("alice-box.lab", &e) == 0);
	CHECK(gethostname(name, sizeof(name)) == 0 && !strcmp(name, "alice-box.lab"));
	return 0;
}

static void hostname_validated(void **state)
{
	(void)state;
	assert_int_equal(sandbox_in_child(CLONE_NEWUTS, hostname_child, NULL), 0);
}

static int write_text(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0)
		return -1;
	ssize_t n = write(fd, text, strlen(text));
	close(fd);
	return n == (ssize_t)strlen(text) ? 0 : -1;
}

static int read_text(const char *path, char *buf, size_t size)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	ssize_t n = read(fd, buf, size - 1);
	close(fd);
	buf[n > 0 ? n : 0] = '\0';
	return n < 0 ? -1 : 0;
}

/* A throwaway root and /etc for this child only.  /etc/netns/<name> must
 * be trusted all the way from "/", which the host's "/" is not inside a
 * user namespace (it shows as the overflow uid): a tmpfs of ours is. */
static int etc_netns_child(void *arg)
{
	(void)arg;
	struct pns_err e = { 0 };
	char buf[64];
	CHECK(mount("root", "/tmp", "tmpfs", 0, "mode=0755") == 0);
	CHECK(mkdir("/tmp/etc", 0755) == 0);
	CHECK(chroot("/tmp") == 0 && chdir("/") == 0);
	CHECK(mount("etc", "/etc", "tmpfs", 0, "mode=0755") == 0);
	CHECK(mkdir("/etc/netns", 0755) == 0 && mkdir("/etc/netns/vpn", 0755) == 0);
	CHECK(write_text("/etc/resolv.conf", "nameserver 192.0.2.1\n") == 0);
	CHECK(write_text("/etc/hosts", "host file\n") == 0);
	CHECK(write_text("/etc/netns/vpn/resolv.conf", "nameserver 198.51.100.1\n") == 0);
	CHECK(write_text("/etc/netns/vpn/absent.conf", "x\n") == 0);
	CHECK(pns_setup_etc_netns("vpn", &e) == 0);
	CHECK(read_text("/etc/resolv.conf", buf, sizeof(buf)) == 0);
	CHECK(!strcmp(buf, "nameserver 198.51.100.1\n"));
	CHECK(read_text("/etc/hosts", buf, sizeof(buf)) == 0 && !strcmp(buf, "host file\n"));
	/* Like ip netns exec: nothing is created in /etc. */
	CHECK(access("/etc/absent.conf", F_OK) < 0 && errno == ENOENT);
	/* No directory for the name: nothing to do. */
	CHECK(pns_setup_etc_netns("other", &e) == 0);
	CHECK(pns_setup_etc_netns("../etc", &e) < 0);
	CHECK(strstr(e.msg, "invalid"));
	/* A symlinked directory is refused, not followed. */
	CHECK(symlink("/etc/netns/vpn", "/etc/netns/link") == 0);
	CHECK(pns_setup_etc_netns("link", &e) < 0);
	CHECK(strstr(e.msg, "/etc/netns/link"));
	return 0;
}

static void etc_netns_binds(void **state)
{
	(void)state;
	assert_int_equal(sandbox_in_child(CLONE_NEWNS, etc_netns_child, NULL), 0);
}

static int sysfs_child(void *arg)
{
	(void)arg;
	struct pns_err e = { 0 };
	CHECK(pns_setup_sysfs(&e) == 0);
	DIR *d = opendir("/sys/class/net");
	CHECK(d);
	int n = 0, lo = 0;
	struct dirent *de;
	while ((de = readdir(d)))
		if (de->d_name[0] != '.') {
			n++;
			lo |= !strcmp(de->d_name, "lo");
		}
	closedir(d);
	CHECK(n == 1 && lo);
	return 0;
}

static void sysfs_shows_this_netns(void **state)
{
	(void)state;
	assert_int_equal(sandbox_in_child(CLONE_NEWNET | CLONE_NEWNS, sysfs_child, NULL), 0);
}

static int tmp_child(void *arg)
{
	(void)arg;
	struct pns_err e = { 0 };
	struct stat before, after;
	CHECK(stat("/tmp", &before) == 0);
	CHECK(pns_setup_propagation(PNS_PROP_SLAVE, &e) == 0);
	CHECK(pns_setup_propagation(PNS_PROP_UNCHANGED, &e) == 0);
	CHECK(pns_setup_tmp(&e) == 0);
	CHECK(stat("/tmp", &after) == 0);
	CHECK(after.st_dev != before.st_dev);
	CHECK((after.st_mode & 07777) == 01777);
	return 0;
}

static void private_tmp(void **state)
{
	(void)state;
	assert_int_equal(sandbox_in_child(CLONE_NEWNS, tmp_child, NULL), 0);
}

static int proc_child(void *arg)
{
	(void)arg;
	/* Only a process inside the new pid namespace may mount its proc. */
	pid_t pid = fork();
	if (pid == 0) {
		struct pns_err e = { 0 };
		if (pns_setup_proc(&e) < 0) {
			fprintf(stderr, "%s\n", e.msg);
			_exit(1);
		}
		char buf[32];
		ssize_t n = readlink("/proc/self", buf, sizeof(buf) - 1);
		buf[n > 0 ? n : 0] = '\0';
		_exit(strcmp(buf, "1") == 0 ? 0 : 2);
	}
	int status = 0;
	waitpid(pid, &status, 0);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 3;
}

static void fresh_proc(void **state)
{
	(void)state;
	assert_int_equal(sandbox_in_child(CLONE_NEWPID | CLONE_NEWNS, proc_child, NULL), 0);
}

int main(void)
{
	if (enter_private_namespaces() < 0) {
		fprintf(stderr, "test_setup: cannot make private namespaces\n");
		return 1;
	}
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(loopback_up),
		cmocka_unit_test(hostname_validated),
		cmocka_unit_test(etc_netns_binds),
		cmocka_unit_test(sysfs_shows_this_netns),
		cmocka_unit_test(private_tmp),
		cmocka_unit_test(fresh_proc),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
