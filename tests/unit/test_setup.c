/* Per-type setup (setup.c), each case in a forked child that unshares
 * what it needs inside the test's private user+mount namespace. */
#include <errno.h>
#include <dirent.h>
#include <limits.h>
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
#include <sys/statfs.h>
#include <sys/sysinfo.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "inline_policy.h"
#include "sandbox.h"
#include "common/view.h"
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

/* The view goes onto /etc/ENTRY itself, a link included: replacing the
 * link's target never touches it, and a dangling link is no obstacle. */
static int etc_netns_links_child(void *arg)
{
	(void)arg;
	struct pns_err e = { 0 };
	char buf[64];
	struct stat st;
	CHECK(mount("root", "/tmp", "tmpfs", 0, "mode=0755") == 0);
	CHECK(mkdir("/tmp/etc", 0755) == 0 && mkdir("/tmp/run", 0755) == 0);
	CHECK(chroot("/tmp") == 0 && chdir("/") == 0);
	CHECK(mkdir("/etc/netns", 0755) == 0 && mkdir("/etc/netns/vpn", 0755) == 0);
	CHECK(write_text("/run/stub-resolv.conf", "nameserver 127.0.0.53\n") == 0);
	CHECK(symlink("../run/stub-resolv.conf", "/etc/resolv.conf") == 0);
	CHECK(symlink("/run/nowhere", "/etc/hosts") == 0);
	CHECK(write_text("/etc/netns/vpn/resolv.conf", "nameserver 198.51.100.1\n") == 0);
	CHECK(write_text("/etc/netns/vpn/hosts", "vpn hosts\n") == 0);
	CHECK(pns_setup_etc_netns("vpn", &e) == 0);
	CHECK(read_text("/etc/resolv.conf", buf, sizeof(buf)) == 0);
	CHECK(!strcmp(buf, "nameserver 198.51.100.1\n"));
	CHECK(lstat("/etc/resolv.conf", &st) == 0 && S_ISREG(st.st_mode));
	CHECK(read_text("/etc/hosts", buf, sizeof(buf)) == 0 && !strcmp(buf, "vpn hosts\n"));
	/* The target replaced the way resolvers do it: the view holds. */
	CHECK(write_text("/run/stub-resolv.conf.new", "nameserver 127.0.0.54\n") == 0);
	CHECK(rename("/run/stub-resolv.conf.new", "/run/stub-resolv.conf") == 0);
	CHECK(read_text("/etc/resolv.conf", buf, sizeof(buf)) == 0);
	CHECK(!strcmp(buf, "nameserver 198.51.100.1\n"));
	/* Applied again, nothing is stacked: each entry holds already. */
	int dir = open("/etc/netns/vpn", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	int etc = open("/etc", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	CHECK(dir >= 0 && etc >= 0);
	CHECK(pns_view_stale(dir, etc, "resolv.conf") == 0 && pns_view_stale(dir, etc, "hosts") == 0);
	char failed[64];
	CHECK(pns_view_apply(dir, etc, failed, sizeof(failed)) == 0);
	CHECK(umount2("/etc/resolv.conf", MNT_DETACH) == 0);
	/* Gone: the link is back, and stale. */
	CHECK(lstat("/etc/resolv.conf", &st) == 0 && S_ISLNK(st.st_mode));
	CHECK(pns_view_stale(dir, etc, "resolv.conf") == 1);
	CHECK(pns_view_apply(dir, etc, failed, sizeof(failed)) == 0);
	CHECK(read_text("/etc/resolv.conf", buf, sizeof(buf)) == 0);
	CHECK(!strcmp(buf, "nameserver 198.51.100.1\n"));
	/* An entry that is a link (a VPN client's file under /run) is bound
	 * as the link: followed at each open, so its replacement shows. */
	CHECK(write_text("/run/vpn-nsswitch.conf", "hosts: files\n") == 0);
	CHECK(symlink("/run/vpn-nsswitch.conf", "/etc/netns/vpn/nsswitch.conf") == 0);
	CHECK(write_text("/etc/nsswitch.conf", "hosts: files dns\n") == 0);
	CHECK(pns_view_apply(dir, etc, failed, sizeof(failed)) == 0);
	CHECK(read_text("/etc/nsswitch.conf", buf, sizeof(buf)) == 0 && !strcmp(buf, "hosts: files\n"));
	CHECK(write_text("/run/vpn-nsswitch.conf.new", "hosts: files myhostname\n") == 0);
	CHECK(rename("/run/vpn-nsswitch.conf.new", "/run/vpn-nsswitch.conf") == 0);
	CHECK(read_text("/etc/nsswitch.conf", buf, sizeof(buf)) == 0);
	CHECK(!strcmp(buf, "hosts: files myhostname\n"));
	CHECK(pns_view_stale(dir, etc, "nsswitch.conf") == 0);
	/* A directory entry cannot go onto a file, nor a file onto a
	 * directory: skipped (as ip netns exec does), the rest applies. */
	CHECK(mkdir("/etc/netns/vpn/ssh", 0755) == 0 && write_text("/etc/ssh", "file\n") == 0);
	CHECK(write_text("/etc/netns/vpn/pam.d", "file\n") == 0 && mkdir("/etc/pam.d", 0755) == 0);
	CHECK(pns_view_stale(dir, etc, "ssh") == 0 && pns_view_stale(dir, etc, "pam.d") == 0);
	CHECK(pns_setup_etc_netns("vpn", &e) == 0);
	CHECK(read_text("/etc/ssh", buf, sizeof(buf)) == 0 && !strcmp(buf, "file\n"));
	CHECK(lstat("/etc/pam.d", &st) == 0 && S_ISDIR(st.st_mode));
	CHECK(read_text("/etc/resolv.conf", buf, sizeof(buf)) == 0);
	CHECK(!strcmp(buf, "nameserver 198.51.100.1\n"));
	close(dir);
	close(etc);
	return 0;
}

static void etc_netns_onto_links(void **state)
{
	(void)state;
	assert_int_equal(sandbox_in_child(CLONE_NEWNS, etc_netns_links_child, NULL), 0);
}

/* pns_setup_hold: a mount of its own is made a slave; a directory that
 * lies on the mount of "/" is refused with a sentence. */
static int hold_child(void *arg)
{
	(void)arg;
	struct pns_err e = { 0 };
	/* Opened before the chroot, which has no /proc (it shows the paths
	 * of the root it was opened in). */
	int info = open("/proc/self/mountinfo", O_RDONLY | O_CLOEXEC);
	CHECK(info >= 0);
	CHECK(mount("root", "/tmp", "tmpfs", 0, "mode=0755") == 0);
	CHECK(mkdir("/tmp/own", 0755) == 0 && mkdir("/tmp/plain", 0755) == 0);
	CHECK(chroot("/tmp") == 0 && chdir("/") == 0);
	CHECK(mount("own", "/own", "tmpfs", 0, "mode=0755") == 0);
	CHECK(mkdir("/own/sub", 0755) == 0);
	CHECK(mount(NULL, "/", NULL, MS_REC | MS_SHARED, NULL) == 0);
	CHECK(pns_setup_hold("/plain", PNS_PROP_SHARED, &e) < 0);
	CHECK(e.errnum == EXDEV && strstr(e.msg, "/plain is not a mount of its own") &&
	      strstr(e.msg, "propagation \"shared\""));
	/* From a directory inside the mount, up to its root. */
	CHECK(pns_setup_hold("/own/sub", PNS_PROP_SHARED, &e) == 0);
	char line[1024];
	FILE *f = fdopen(info, "r");
	int own_shared = -1;
	while (f && fgets(line, sizeof(line), f))
		if (strstr(line, " /tmp/own ") && strstr(line, " - tmpfs own "))
			own_shared = strstr(line, " shared:") != NULL;
	if (f)
		fclose(f);
	CHECK(own_shared == 0);
	return 0;
}

static void hold_makes_slave(void **state)
{
	(void)state;
	assert_int_equal(sandbox_in_child(CLONE_NEWNS, hold_child, NULL), 0);
}

static int sys_mounts(void)
{
	char line[1024];
	int n = 0;
	FILE *f = fopen("/proc/self/mountinfo", "re");
	while (f && fgets(line, sizeof(line), f)) {
		char *fields = strchr(line, ' ');
		for (int i = 0; fields && i < 3; i++)
			fields = strchr(fields + 1, ' ');
		n += fields && !strncmp(fields, " /sys ", 6);
	}
	if (f)
		fclose(f);
	return n;
}

static int lo_only(void)
{
	DIR *d = opendir("/sys/class/net");
	if (!d)
		return 0;
	int n = 0, lo = 0;
	struct dirent *de;
	while ((de = readdir(d)))
		if (de->d_name[0] != '.') {
			n++;
			lo |= !strcmp(de->d_name, "lo");
		}
	closedir(d);
	return n == 1 && lo;
}

/* Under "shared", the new sysfs stays in the session's namespace: the
 * peer it was copied from (the host) gets no mount on /sys. */
static int sysfs_shared_child(void *arg)
{
	(void)arg;
	CHECK(mount(NULL, "/", NULL, MS_REC | MS_SHARED, NULL) == 0);
	int before = sys_mounts();
	pid_t pid = fork();
	CHECK(pid >= 0);
	if (pid == 0) {
		struct pns_err e = { 0 };
		if (unshare(CLONE_NEWNS | CLONE_NEWNET) < 0 || pns_setup_sysfs(PNS_PROP_SHARED, &e) < 0) {
			fprintf(stderr, "%s\n", e.msg);
			_exit(1);
		}
		_exit(lo_only() ? 0 : 2);
	}
	int status;
	CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0);
	CHECK(sys_mounts() == before);
	return 0;
}

static void sysfs_shared_stays_local(void **state)
{
	(void)state;
	assert_int_equal(sandbox_in_child(CLONE_NEWNS, sysfs_shared_child, NULL), 0);
}

static int sysfs_child(void *arg)
{
	(void)arg;
	struct pns_err e = { 0 };
	CHECK(pns_setup_sysfs(PNS_PROP_SLAVE, &e) == 0);
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
	CHECK(pns_setup_tmp("1m", &e) == 0);
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

static unsigned long long page_size(void)
{
	return (unsigned long long)sysconf(_SC_PAGESIZE);
}

/* n rounded up to whole pages, as tmpfs sizes itself. */
static unsigned long long pages(unsigned long long n)
{
	return (n + page_size() - 1) / page_size() * page_size();
}

static unsigned long long ram_bytes(void)
{
	struct sysinfo si;
	return sysinfo(&si) == 0 ? (unsigned long long)si.totalram * si.mem_unit : 0;
}

static unsigned long long inode_bound(unsigned long long bytes)
{
	return bytes / 4096 > 1024 ? bytes / 4096 : 1024;
}

struct tmp_case {
	const char *size;		/* given to pns_setup_tmp */
	unsigned long long bytes;	/* what the tmpfs must hold */
};

/* Mount the private /tmp as asked and measure what the kernel made. */
static int tmp_size_child(void *arg)
{
	const struct tmp_case *t = arg;
	struct pns_err e = { 0 };
	struct statfs sf;
	CHECK(pns_setup_propagation(PNS_PROP_SLAVE, &e) == 0);
	CHECK(pns_setup_tmp(t->size, &e) == 0);
	CHECK(statfs("/tmp", &sf) == 0);
	if ((unsigned long long)sf.f_blocks * (unsigned long long)sf.f_bsize != t->bytes ||
	    (unsigned long long)sf.f_files != inode_bound(t->bytes)) {
		fprintf(stderr, "tmp_size %s: %llu bytes, %llu inodes; wanted %llu and %llu\n",
			t->size ? t->size : "(default)",
			(unsigned long long)sf.f_blocks * (unsigned long long)sf.f_bsize,
			(unsigned long long)sf.f_files, t->bytes, inode_bound(t->bytes));
		return 1;
	}
	return 0;
}

static void private_tmp_is_bounded(void **state)
{
	(void)state;
	unsigned long long ram = ram_bytes();
	assert_true(ram > 0);
	/* 1m: below the floor of 1024 inodes; 64m: one per 4 kB, 16384. */
	struct tmp_case explicit_small = { "1m", 1048576 };
	struct tmp_case explicit_large = { "64M", 64ULL << 20 };
	struct tmp_case bytes = { "5000", pages(5000) };
	struct tmp_case share = { "1%", pages(ram / 100) };
	/* NULL: PNS_TMP_SIZE_DEFAULT, 10% of RAM, rounded down to a byte
	 * and up to whole pages. */
	struct tmp_case dflt = { NULL, pages(ram / 10) };
	assert_int_equal(sandbox_in_child(CLONE_NEWNS, tmp_size_child, &explicit_small), 0);
	assert_int_equal(sandbox_in_child(CLONE_NEWNS, tmp_size_child, &explicit_large), 0);
	assert_int_equal(sandbox_in_child(CLONE_NEWNS, tmp_size_child, &bytes), 0);
	assert_int_equal(sandbox_in_child(CLONE_NEWNS, tmp_size_child, &share), 0);
	assert_int_equal(sandbox_in_child(CLONE_NEWNS, tmp_size_child, &dflt), 0);
	assert_string_equal(PNS_TMP_SIZE_DEFAULT, "10%");
}

/* A size that is not one is refused before anything is mounted: it goes
 * into the option string, where a comma would add options of its own. */
static int tmp_bad_size_child(void *arg)
{
	(void)arg;
	struct pns_err e = { 0 };
	struct stat before, after;
	CHECK(stat("/tmp", &before) == 0);
	CHECK(pns_setup_tmp("1m,uid=0", &e) < 0);
	CHECK(e.errnum == EINVAL && strstr(e.msg, "\"1m,uid=0\" is not a tmpfs size"));
	CHECK(pns_setup_tmp("0", &e) < 0);
	CHECK(strstr(e.msg, "0 would mean no limit at all"));
	CHECK(stat("/tmp", &after) == 0);
	CHECK(after.st_dev == before.st_dev);
	return 0;
}

static void private_tmp_bad_size(void **state)
{
	(void)state;
	assert_int_equal(sandbox_in_child(CLONE_NEWNS, tmp_bad_size_child, NULL), 0);
}

static unsigned long long size_of(const char *spec, unsigned long long ram)
{
	struct pns_err e = { 0 };
	unsigned long long bytes = 0;
	if (pns_tmpfs_size(spec, ram, &bytes, &e) < 0)
		fail_msg("\"%s\" refused: %s", spec, e.msg);
	return bytes;
}

static void refused(const char *spec, unsigned long long ram, int errnum)
{
	struct pns_err e = { 0 };
	unsigned long long bytes = 12345;
	if (pns_tmpfs_size(spec, ram, &bytes, &e) == 0)
		fail_msg("\"%s\" accepted as %llu bytes", spec, bytes);
	assert_int_equal(e.errnum, errnum);
	assert_int_equal(bytes, 12345);
}

static void tmpfs_size_arithmetic(void **state)
{
	(void)state;
	unsigned long long pg = page_size(), gib8 = 8ULL << 30;
	/* Units: bytes, KiB, MiB, GiB, either case, in whole pages. */
	assert_int_equal(size_of("1", gib8), pg);
	assert_int_equal(size_of("4096", gib8), pages(4096));
	assert_int_equal(size_of("4097", gib8), pages(4097));
	assert_int_equal(size_of("1k", gib8), pg);
	assert_int_equal(size_of("3K", gib8), pages(3072));
	assert_int_equal(size_of("512k", gib8), 524288);
	assert_int_equal(size_of("3m", gib8), 3145728);
	assert_int_equal(size_of("3M", gib8), 3145728);
	assert_int_equal(size_of("2g", gib8), 2147483648ULL);
	assert_int_equal(size_of("2G", gib8), 2147483648ULL);
	/* A percentage is of the RAM given, rounded down to a byte (as
	 * tmpfs: pct * RAM / 100) and up to whole pages. */
	assert_int_equal(size_of("10%", gib8), pages(858993459ULL));
	assert_int_equal(size_of("25%", gib8), 2147483648ULL);
	assert_int_equal(size_of("100%", gib8), gib8);
	assert_int_equal(size_of("1%", gib8), pages(85899345ULL));
	assert_int_equal(size_of("10%", 1000 * pg), 100 * pg);
	assert_int_equal(size_of("33%", 300 * pg), 99 * pg);
	assert_int_equal(size_of("1%", 150), pg);	/* 1.5 bytes: 1, then a page */
	/* No overflow with a RAM near the limit. */
	assert_int_equal(size_of("100%", ULLONG_MAX / pg * pg), ULLONG_MAX / pg * pg);
	assert_int_equal(size_of("50%", ULLONG_MAX / pg * pg), pages(ULLONG_MAX / pg * pg / 2));
	/* RAM 0: the machine's. */
	assert_int_equal(size_of("100%", 0), pages(ram_bytes()));
	assert_int_equal(size_of("10%", 0), pages(ram_bytes() / 10));
	/* The largest size that still counts in whole pages, and one more. */
	char top[32], over[32];
	snprintf(top, sizeof(top), "%llu", ULLONG_MAX / pg * pg);
	snprintf(over, sizeof(over), "%llu", ULLONG_MAX / pg * pg + 1);
	assert_int_equal(size_of(top, gib8), ULLONG_MAX / pg * pg);
	refused(over, gib8, ERANGE);
	refused("17179869184g", gib8, ERANGE);
	refused("18446744073709551616", gib8, ERANGE);
	/* A share of a RAM too small for a byte would lift the limit. */
	refused("1%", 99, EINVAL);
	/* Forms. */
	refused("", gib8, EINVAL);
	refused(NULL, gib8, EINVAL);
	refused("0", gib8, EINVAL);
	refused("0k", gib8, EINVAL);
	refused("0%", gib8, EINVAL);
	refused("07", gib8, EINVAL);
	refused("0x1000", gib8, EINVAL);
	refused(" 1m", gib8, EINVAL);
	refused("1m\n", gib8, EINVAL);
	refused("1t", gib8, EINVAL);
	refused("1kb", gib8, EINVAL);
	refused("1.5m", gib8, EINVAL);
	refused("1m,uid=0", gib8, EINVAL);
	refused("101%", gib8, EINVAL);
	refused("-1", gib8, EINVAL);
	/* The form alone: no RAM needed, nothing written. */
	struct pns_err e = { 0 };
	assert_int_equal(pns_tmpfs_size("10%", 0, NULL, &e), 0);
	assert_int_equal(pns_tmpfs_size("10x", 0, NULL, &e), -1);
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
		cmocka_unit_test(etc_netns_onto_links),
		cmocka_unit_test(hold_makes_slave),
		cmocka_unit_test(sysfs_shared_stays_local),
		cmocka_unit_test(private_tmp),
		cmocka_unit_test(private_tmp_is_bounded),
		cmocka_unit_test(private_tmp_bad_size),
		cmocka_unit_test(tmpfs_size_arithmetic),
		cmocka_unit_test(fresh_proc),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
