/*
 * make bench: what pam_ns costs a login, side by side with what the kernel
 * itself costs and with the alternatives an admin would pick.  A
 * measurement, never a test of timings: it exits non-zero only when a
 * scenario does not do what it claims (or the sandbox cannot be made).
 *
 *   bench MODULE HELPER INIT          (as root; make bench passes the build's)
 *
 * Environment:
 *   ROUNDS=200        rounds of the main table (every scenario once a round)
 *   SCALE_ROUNDS=30   rounds of each scale table (rules, groups, sets)
 *   SETS=1000         pinned per-user sets at the last point of the sets table
 *                     (points at 10, 100, 1000, 10000 up to SETS)
 *   MEM_CYCLES=20000  open/close cycles of the join scenario for the RSS check
 *   BENCH_SMOKE=1     ROUNDS=2, MEM_CYCLES=100, no scale tables (seconds)
 *
 * Everything runs in one process, in-process through the real libpam
 * (pam_start_confdir, service files of our own), in a throwaway sandbox:
 * PID 1 of new mount, pid, net, uts and ipc namespaces, a tmpfs on /run and
 * /tmp, overlays with tmpfs upper layers on /etc and /dev (the users and
 * groups, pam_namespace's namespace.conf and a /dev/log listener are
 * written there), so the host never changes and everything started dies
 * with it.  After each cycle the process goes back to its own namespaces
 * with setns (not timed).  Scenarios are interleaved round-robin (the start
 * rotating each round), so drift hits them alike; each is run once first
 * (warm-up and a first check).  Every iteration is checked after the open:
 * namespace ids against the set's pins or against the sandbox's own, lo up
 * in a new net namespace, a PID 1 present in a new pid namespace, a /tmp
 * that is not the sandbox's; a failed check stops that scenario with a
 * message, and the exit status says so.
 *
 * Times: a PAM scenario's is one cycle, pam_start + pam_open_session +
 * pam_close_session + pam_end (the check between open and close excluded);
 * a floor's is the operation alone, done with plain system calls.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <limits.h>
#include <net/if.h>
#include <pwd.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <security/pam_appl.h>

#include "common/mountapi.h"

#define B "/run/bench"
#define PAMD B "/pam.d"
#define POL B "/policy"
#define BIN B "/bin"
#define LAB B "/lab"
#define SYSLOG B "/syslog"
#define HOST_MARK "/tmp/.pns-bench-sandbox"
#define USER "pnsbench"

/* ---- small things ----------------------------------------------------- */

static void die(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
static void die(const char *fmt, ...)
{
	int err = errno;
	va_list ap;
	va_start(ap, fmt);
	fputs("bench: ", stderr);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, ": %s\n", strerror(err));
	fflush(NULL);
	_exit(1);
}

static long long now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static long env_num(const char *name, long dflt)
{
	const char *s = getenv(name);
	char *end;
	if (!s || !*s)
		return dflt;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || *end || v < 1) {
		fprintf(stderr, "bench: %s=%s: not a positive number\n", name, s);
		exit(2);
	}
	return v;
}

static void write_file(const char *path, mode_t mode, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void write_file(const char *path, mode_t mode, const char *fmt, ...)
{
	FILE *f = fopen(path, "we");
	if (!f)
		die("cannot write %s", path);
	va_list ap;
	va_start(ap, fmt);
	vfprintf(f, fmt, ap);
	va_end(ap);
	if (fclose(f) != 0 || chmod(path, mode) < 0)
		die("cannot write %s", path);
}

static FILE *open_append(const char *path)
{
	FILE *f = fopen(path, "ae");
	if (!f)
		die("cannot append to %s", path);
	return f;
}

static void close_file(FILE *f, const char *path)
{
	if (fclose(f) != 0)
		die("cannot write %s", path);
}

/* Copies what fd reads to path (mode 0755): the build's binaries, opened
 * before /run and /tmp are covered (the tree may lie under either). */
static void copy_fd(int fd, const char *path)
{
	int out = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0755);
	char buf[65536];
	ssize_t n;
	if (out < 0)
		die("cannot create %s", path);
	while ((n = read(fd, buf, sizeof(buf))) > 0)
		if (write(out, buf, (size_t)n) != n)
			die("cannot write %s", path);
	if (n < 0 || close(out) < 0)
		die("cannot copy to %s", path);
	close(fd);
}

static void xmkdir(const char *path, mode_t mode)
{
	if (mkdir(path, mode) < 0 && errno != EEXIST)
		die("cannot make %s", path);
	if (chmod(path, mode) < 0)
		die("cannot chmod %s", path);
}

static void xmount(const char *src, const char *dst, const char *type, unsigned long flags, const char *opts)
{
	if (mount(src, dst, type, flags, opts) < 0)
		die("cannot mount %s on %s (%s)", type ? type : src, dst, opts ? opts : "");
}

/* The last line of the sandbox's syslog mentioning word (or the last line):
 * what a failed open said, for the failure's message. */
static void log_tail(const char *word, char *out, size_t size)
{
	char buf[8192];
	out[0] = '\0';
	usleep(50000);	/* the listener is another process */
	int fd = open(SYSLOG, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	off_t end = lseek(fd, 0, SEEK_END);
	off_t from = end > (off_t)sizeof(buf) - 1 ? end - (off_t)sizeof(buf) + 1 : 0;
	ssize_t n = pread(fd, buf, sizeof(buf) - 1, from);
	close(fd);
	if (n <= 0)
		return;
	buf[n] = '\0';
	char *best = NULL;
	for (char *line = strtok(buf, "\n"); line; line = strtok(NULL, "\n"))
		if (!best || strstr(line, word))
			best = line;
	if (best)
		snprintf(out, size, "%s", best);
}

/* ---- namespaces ------------------------------------------------------- */

enum { NS_NET, NS_UTS, NS_IPC, NS_MNT, NS_PID, NS_N };
static const char *const ns_entry[NS_N] = { "net", "uts", "ipc", "mnt", "pid_for_children" };
static const int ns_flag[NS_N] = { CLONE_NEWNET, CLONE_NEWUTS, CLONE_NEWIPC, CLONE_NEWNS, CLONE_NEWPID };

static int home_fd[NS_N];
static ino_t home_id[NS_N];
static dev_t home_tmp_dev;

static void ids_now(ino_t id[NS_N])
{
	char path[64];
	struct stat st;
	for (int t = 0; t < NS_N; t++) {
		snprintf(path, sizeof(path), "/proc/self/ns/%s", ns_entry[t]);
		id[t] = stat(path, &st) == 0 ? st.st_ino : 0;
	}
}

/* Back to the sandbox's own namespaces, mnt last (it resets root and cwd).
 * Nothing can be measured after a failure here: fatal. */
static void go_home(void)
{
	for (int t = 0; t < NS_N; t++)
		if (t != NS_MNT && setns(home_fd[t], ns_flag[t]) < 0)
			die("cannot go back to the sandbox's %s namespace", ns_entry[t]);
	if (setns(home_fd[NS_MNT], CLONE_NEWNS) < 0 || chdir("/") < 0)
		die("cannot go back to the sandbox's mount namespace");
}

static bool lo_up(void)
{
	struct ifreq ifr = { 0 };
	int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return false;
	snprintf(ifr.ifr_name, sizeof(ifr.ifr_name), "lo");
	int r = ioctl(fd, SIOCGIFFLAGS, &ifr);
	close(fd);
	return r == 0 && (ifr.ifr_flags & IFF_UP);
}

static int bring_lo_up(void)
{
	struct ifreq ifr = { 0 };
	int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -1;
	snprintf(ifr.ifr_name, sizeof(ifr.ifr_name), "lo");
	int r = ioctl(fd, SIOCGIFFLAGS, &ifr);
	if (r == 0 && !(ifr.ifr_flags & IFF_UP)) {
		ifr.ifr_flags |= IFF_UP;
		r = ioctl(fd, SIOCSIFFLAGS, &ifr);
	}
	close(fd);
	return r;
}

static long vmrss_kb(pid_t pid)
{
	char path[64], line[256];
	long kb = -1;
	snprintf(path, sizeof(path), "/proc/%d/status", (int)pid);
	FILE *f = fopen(path, "re");
	while (f && fgets(line, sizeof(line), f))
		if (sscanf(line, "VmRSS: %ld", &kb) == 1)
			break;
	if (f)
		fclose(f);
	return kb;
}

static long init_rss_max = -1;
static char self_exe[PATH_MAX];

/* The VmRSS of pam_ns-init, once the process has executed it (it may say
 * it is ready before; the floor's PID 1 never does). */
static void init_rss(pid_t pid)
{
	char path[64], exe[PATH_MAX];
	snprintf(path, sizeof(path), "/proc/%d/exe", (int)pid);
	for (int k = 0; k < 200; k++) {
		ssize_t n = readlink(path, exe, sizeof(exe) - 1);
		exe[n > 0 ? n : 0] = '\0';
		const char *base = strrchr(exe, '/');
		if (base && !strcmp(base, "/pam_ns-init")) {
			long kb = vmrss_kb(pid);
			if (kb > init_rss_max)
				init_rss_max = kb;
			return;
		}
		if (n < 0 || !strcmp(exe, self_exe))	/* gone, or the floor's fork */
			return;
		usleep(100);
	}
}

/* A child of ours that is PID 1 of the pid namespace pid_ns: the session's
 * init (its VmRSS noted), 0 when there is none. */
static pid_t find_init(ino_t pid_ns)
{
	char path[96], list[4096];
	snprintf(path, sizeof(path), "/proc/self/task/%d/children", (int)getpid());
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	ssize_t n = read(fd, list, sizeof(list) - 1);
	close(fd);
	if (n <= 0)
		return 0;
	list[n] = '\0';
	for (char *p = strtok(list, " \n"); p; p = strtok(NULL, " \n")) {
		struct stat st;
		snprintf(path, sizeof(path), "/proc/%s/ns/pid", p);
		if (stat(path, &st) == 0 && st.st_ino == pid_ns) {
			pid_t pid = atoi(p);
			init_rss(pid);
			return pid;
		}
	}
	return 0;
}

/* ---- scenarios -------------------------------------------------------- */

enum kind { K_PAM, K_NSS, K_FLOOR_LOAD, K_FLOOR_JOIN, K_FLOOR_STORE_JOIN, K_FLOOR_NEW4, K_FLOOR_TMP, K_FLOOR_PID, K_CREATE };
enum check { CK_HOME, CK_JOIN, CK_NEW4, CK_TMP, CK_PID, CK_UTS, CK_NSENTER, CK_NONE };

struct scen {
	const char *label;
	enum kind kind;
	enum check check;
	const char *service;	/* K_PAM */
	const char *user;	/* K_PAM, K_NSS */
	int groups;		/* K_NSS: what getgrouplist must count */
	double *t;		/* µs per iteration */
	size_t n, cap;
	bool failed;
	char why[1024];
};

static ino_t lab_id[NS_N];	/* the set's pins (net, uts, ipc, mnt) */
static int lab_dir = -1;	/* the set's instance directory, in the store */
static const char *helper_path = BIN "/pam_ns_helper";

static int fail(struct scen *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int fail(struct scen *s, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(s->why, sizeof(s->why), fmt, ap);
	va_end(ap);
	s->failed = true;
	return -1;
}

/* What the iteration claims, checked in the namespaces it left us in;
 * out (for CK_NSENTER) is what the command printed. */
static int check(struct scen *s, const char *out)
{
	ino_t id[NS_N];
	struct stat st;
	ids_now(id);
	switch (s->check) {
	case CK_NONE:
		return 0;
	case CK_HOME:
		for (int t = 0; t < NS_N; t++)
			if (id[t] != home_id[t])
				return fail(s, "the %s namespace changed where nothing should have", ns_entry[t]);
		return 0;
	case CK_JOIN:
		for (int t = NS_NET; t <= NS_MNT; t++)
			if (id[t] != lab_id[t])
				return fail(s, "%s namespace %lu after the open, not the set's pin %lu", ns_entry[t],
					    (unsigned long)id[t], (unsigned long)lab_id[t]);
		return 0;
	case CK_NEW4:
		for (int t = NS_NET; t <= NS_MNT; t++)
			if (id[t] == home_id[t] || id[t] == lab_id[t])
				return fail(s, "the %s namespace is not a new one after the open", ns_entry[t]);
		if (!lo_up())
			return fail(s, "lo is not up in the new net namespace");
		return 0;
	case CK_TMP:
		if (id[NS_MNT] == home_id[NS_MNT])
			return fail(s, "no new mount namespace after the open");
		if (stat("/tmp", &st) < 0 || st.st_dev == home_tmp_dev || access(HOST_MARK, F_OK) == 0)
			return fail(s, "/tmp is still the sandbox's after the open");
		return 0;
	case CK_PID:
		if (id[NS_PID] == home_id[NS_PID])
			return fail(s, "no new pid namespace for the session's children after the open");
		if (!find_init(id[NS_PID]))
			return fail(s, "no PID 1 in the session's pid namespace");
		return 0;
	case CK_UTS:
		if (id[NS_UTS] == home_id[NS_UTS])
			return fail(s, "the uts namespace is not a new one: the rule did not match");
		return 0;
	case CK_NSENTER:
		for (int t = NS_NET; t <= NS_MNT; t++) {
			char want[64];
			snprintf(want, sizeof(want), "%s:[%lu]", ns_entry[t], (unsigned long)lab_id[t]);
			if (!strstr(out, want))
				return fail(s, "nsenter's command did not run in the set's %s namespace "
					    "(wanted %s, it printed \"%.200s\")", ns_entry[t], want, out);
		}
		return 0;
	default:
		return fail(s, "unknown check");
	}
}

struct capture {
	char text[1024];
	size_t len;
};

/* The login program's conversation: keeps what modules show (pam_exec's
 * stdout), answers nothing else. */
static int conv_fn(int n, const struct pam_message **msg, struct pam_response **resp, void *data)
{
	struct capture *c = data;
	struct pam_response *r = calloc((size_t)n, sizeof(*r));
	if (!r)
		return PAM_BUF_ERR;
	for (int i = 0; i < n; i++) {
		if (msg[i]->msg_style != PAM_TEXT_INFO && msg[i]->msg_style != PAM_ERROR_MSG)
			continue;
		int w = snprintf(c->text + c->len, sizeof(c->text) - c->len, "%s\n", msg[i]->msg);
		if (w > 0)
			c->len = c->len + (size_t)w < sizeof(c->text) ? c->len + (size_t)w : sizeof(c->text) - 1;
	}
	*resp = r;
	return PAM_SUCCESS;
}

static int pam_cycle(struct scen *s, double *us)
{
	struct capture cap = { .len = 0 };
	struct pam_conv conv = { conv_fn, &cap };
	pam_handle_t *h = NULL;
	char last[600];
	cap.text[0] = '\0';
	long long t0 = now_ns();
	int r = pam_start_confdir(s->service, s->user, &conv, PAMD, &h);
	if (r != PAM_SUCCESS)
		return fail(s, "pam_start_confdir(%s): %s", s->service, pam_strerror(h, r));
	r = pam_open_session(h, 0);
	long long t1 = now_ns();
	if (r != PAM_SUCCESS) {
		const char *err = pam_strerror(h, r);
		char msg[128];
		snprintf(msg, sizeof(msg), "%s", err);
		pam_end(h, r);
		go_home();
		log_tail("pam_", last, sizeof(last));
		return fail(s, "pam_open_session: %s; the log's last line: %s", msg, last[0] ? last : "(none)");
	}
	int bad = check(s, cap.text);
	long long t2 = now_ns();
	pam_close_session(h, 0);
	pam_end(h, PAM_SUCCESS);
	long long t3 = now_ns();
	go_home();
	*us = (double)((t1 - t0) + (t3 - t2)) / 1000.0;
	return bad;
}

static int nss_lookup(struct scen *s, double *us)
{
	static gid_t *gids;
	static int cap;
	char buf[16384];
	struct passwd pw, *pwp = NULL;
	long long t0 = now_ns();
	if (getpwnam_r(s->user, &pw, buf, sizeof(buf), &pwp) != 0 || !pwp)
		return fail(s, "getpwnam_r(%s) found no user", s->user);
	int n = cap;
	while (getgrouplist(s->user, pwp->pw_gid, gids, &n) < 0) {
		gid_t *g = realloc(gids, (size_t)n * sizeof(*g));
		if (!g)
			return fail(s, "out of memory");
		gids = g, cap = n;
	}
	long long t1 = now_ns();
	if (n != s->groups)
		return fail(s, "getgrouplist(%s) gave %d groups, not %d", s->user, n, s->groups);
	*us = (double)(t1 - t0) / 1000.0;
	return 0;
}

/* Open the set's 4 pins and enter them: from lab_dir, an fd kept open at
 * hand; or, in_store, where pam_ns's pins live: in the store's mount
 * namespace, reached through its pin (pam_ns(8), THE STORE), entered, the
 * pins opened there, and back home before entering them (the least a join
 * does in that model, with no check of anything). */
static int floor_join_pins(struct scen *s, double *us, bool in_store)
{
	int fd[NS_MNT + 1], dir = lab_dir;
	long long t0 = now_ns();
	if (in_store) {
		int pin = open("/run/pam_ns/store", O_RDONLY | O_CLOEXEC);
		if (pin < 0 || setns(pin, CLONE_NEWNS) < 0)
			return fail(s, "cannot enter the store: %s", strerror(errno));
		close(pin);
		if ((dir = open("/sets/lab/shared", O_PATH | O_DIRECTORY | O_CLOEXEC)) < 0)
			return fail(s, "cannot open the set in the store: %s", strerror(errno));
	}
	for (int t = NS_NET; t <= NS_MNT; t++)
		if ((fd[t] = openat(dir, ns_entry[t], O_RDONLY | O_CLOEXEC)) < 0)
			return fail(s, "cannot open the set's %s pin: %s", ns_entry[t], strerror(errno));
	if (in_store) {
		close(dir);
		if (setns(home_fd[NS_MNT], CLONE_NEWNS) < 0)
			return fail(s, "cannot leave the store: %s", strerror(errno));
	}
	for (int t = NS_NET; t <= NS_MNT; t++)
		if (setns(fd[t], ns_flag[t]) < 0)
			return fail(s, "setns into the set's %s pin: %s", ns_entry[t], strerror(errno));
	for (int t = NS_NET; t <= NS_MNT; t++)
		close(fd[t]);
	long long t1 = now_ns();
	int bad = check(s, "");
	go_home();
	*us = (double)(t1 - t0) / 1000.0;
	return bad;
}

/* unshare of net+uts+ipc+mnt and the set-up pam_ns does for them, by plain
 * system calls: / made a slave, a sysfs of the new net namespace on /sys,
 * lo up. */
static int floor_new4(struct scen *s, double *us)
{
	long long t0 = now_ns();
	if (unshare(CLONE_NEWNET | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWNS) < 0)
		return fail(s, "unshare: %s", strerror(errno));
	if (mount("none", "/", NULL, MS_REC | MS_SLAVE, NULL) < 0 || umount2("/sys", MNT_DETACH) < 0 ||
	    mount("sysfs", "/sys", "sysfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) < 0 || bring_lo_up() < 0) {
		int err = errno;
		go_home();
		return fail(s, "the set-up of the new namespaces: %s", strerror(err));
	}
	long long t1 = now_ns();
	int bad = check(s, "");
	go_home();
	*us = (double)(t1 - t0) / 1000.0;
	return bad;
}

/* What libpam does with the module at every pam_start and pam_end:
 * dlopen(RTLD_NOW) of pam_ns.so (and so of libconfig), dlclose.  A login
 * program that starts PAM once per login pays it whatever the policy. */
static int floor_load(struct scen *s, double *us)
{
	long long t0 = now_ns();
	void *h = dlopen(BIN "/pam_ns.so", RTLD_NOW);
	if (!h)
		return fail(s, "dlopen: %s", dlerror());
	bool ok = dlsym(h, "pam_sm_open_session") != NULL;
	dlclose(h);
	long long t1 = now_ns();
	*us = (double)(t1 - t0) / 1000.0;
	return ok ? 0 : fail(s, "pam_ns.so has no pam_sm_open_session");
}

static int floor_tmp(struct scen *s, double *us)
{
	long long t0 = now_ns();
	if (unshare(CLONE_NEWNS) < 0)
		return fail(s, "unshare: %s", strerror(errno));
	if (mount("none", "/", NULL, MS_REC | MS_SLAVE, NULL) < 0 ||
	    mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777,size=10%") < 0) {
		int err = errno;
		go_home();
		return fail(s, "the private /tmp: %s", strerror(err));
	}
	long long t1 = now_ns();
	int bad = check(s, "");
	go_home();
	*us = (double)(t1 - t0) / 1000.0;
	return bad;
}

/* A pid namespace's init cycle with nothing of pam_ns: unshare, fork a PID 1
 * that says it is ready; at the end SIGTERM and a blocking reap. */
static int floor_pid(struct scen *s, double *us)
{
	int p[2];
	char c;
	long long t0 = now_ns();
	if (unshare(CLONE_NEWPID) < 0 || pipe2(p, O_CLOEXEC) < 0)
		return fail(s, "unshare or pipe: %s", strerror(errno));
	pid_t pid = fork();
	if (pid == 0) {
		/* A PID 1 gets no default-action signal: it waits for one. */
		sigset_t term;
		int sig;
		sigemptyset(&term);
		sigaddset(&term, SIGTERM);
		sigprocmask(SIG_BLOCK, &term, NULL);
		if (write(p[1], "r", 1) != 1)
			_exit(1);
		sigwait(&term, &sig);
		_exit(0);
	}
	close(p[1]);
	ssize_t got = pid > 0 ? read(p[0], &c, 1) : -1;
	close(p[0]);
	long long t1 = now_ns();
	int bad = got == 1 ? check(s, "") : fail(s, "the PID 1 did not start");
	long long t2 = now_ns();
	if (pid > 0) {
		kill(pid, SIGTERM);
		waitpid(pid, NULL, 0);
	}
	long long t3 = now_ns();
	go_home();
	*us = (double)((t1 - t0) + (t3 - t2)) / 1000.0;
	return bad;
}

/* Runs argv (stdout to /dev/null, stderr kept); 0 when it exits 0, else
 * the reason in why. */
static int run_prog(char *const argv[], char *why, size_t size)
{
	const char *errpath = B "/prog.err";
	pid_t pid = fork();
	if (pid == 0) {
		int null = open("/dev/null", O_WRONLY);
		int err = open(errpath, O_WRONLY | O_CREAT | O_TRUNC, 0600);
		if (null < 0 || err < 0 || dup2(null, 1) < 0 || dup2(err, 2) < 0)
			_exit(126);
		execv(argv[0], argv);
		_exit(127);
	}
	int status = 0;
	if (pid < 0 || waitpid(pid, &status, 0) < 0) {
		snprintf(why, size, "cannot run %s: %s", argv[0], strerror(errno));
		return -1;
	}
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return 0;
	char err[1500] = "";
	int fd = open(errpath, O_RDONLY | O_CLOEXEC);
	if (fd >= 0) {
		ssize_t n = read(fd, err, sizeof(err) - 1);
		err[n > 0 ? n : 0] = '\0';
		for (char *c = err; *c; c++)	/* one line, warnings included */
			*c = *c == '\n' && c[1] ? '|' : *c == '\n' ? '\0' : *c;
		close(fd);
	}
	snprintf(why, size, "%s %s %s failed (status %d): %s", argv[0], argv[1], argv[2], status, err);
	return -1;
}

static int fresh_user;
static const char *create_policy = POL "/join4.conf";

/* pam_ns_helper create of a new per-user set (timed), then its delete. */
static int helper_create(struct scen *s, double *us)
{
	char user[32], why[900];
	snprintf(user, sizeof(user), "n%d", ++fresh_user);
	char *create[] = { (char *)helper_path, "-c", (char *)create_policy, "create", "home", "-u", user, NULL };
	char *del[] = { (char *)helper_path, "-c", (char *)create_policy, "delete", "home", "-u", user, NULL };
	long long t0 = now_ns();
	if (run_prog(create, why, sizeof(why)) < 0)
		return fail(s, "%s", why);
	long long t1 = now_ns();
	if (run_prog(del, why, sizeof(why)) < 0)
		return fail(s, "%s", why);
	*us = (double)(t1 - t0) / 1000.0;
	return 0;
}

static int run_one(struct scen *s, double *us)
{
	switch (s->kind) {
	case K_PAM:
		return pam_cycle(s, us);
	case K_NSS:
		return nss_lookup(s, us);
	case K_FLOOR_LOAD:
		return floor_load(s, us);
	case K_FLOOR_JOIN:
		return floor_join_pins(s, us, false);
	case K_FLOOR_STORE_JOIN:
		return floor_join_pins(s, us, true);
	case K_FLOOR_NEW4:
		return floor_new4(s, us);
	case K_FLOOR_TMP:
		return floor_tmp(s, us);
	case K_FLOOR_PID:
		return floor_pid(s, us);
	case K_CREATE:
		return helper_create(s, us);
	default:
		return fail(s, "unknown kind of scenario");
	}
}

static void add_sample(struct scen *s, double us)
{
	if (s->n == s->cap) {
		size_t cap = s->cap ? 2 * s->cap : 256;
		double *t = realloc(s->t, cap * sizeof(*t));
		if (!t)
			die("out of memory");
		s->t = t, s->cap = cap;
	}
	s->t[s->n++] = us;
}

/* Every scenario once (warm-up, first check), then ROUNDS rounds, each
 * scenario once a round, the start rotating. */
static void measure(struct scen **v, int n, long rounds)
{
	double us;
	for (int k = 0; k < n; k++)
		if (!v[k]->failed)
			run_one(v[k], &us);
	for (long r = 0; r < rounds; r++)
		for (int k = 0; k < n; k++) {
			struct scen *s = v[(k + r) % n];
			if (!s->failed && run_one(s, &us) == 0)
				add_sample(s, us);
		}
}

/* ---- statistics and tables --------------------------------------------- */

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static double pct(struct scen *s, int p)
{
	if (!s->n || s->failed)
		return -1;
	qsort(s->t, s->n, sizeof(*s->t), cmp_double);
	return s->t[(s->n - 1) * (size_t)p / 100];
}

static double med(struct scen *s)
{
	return pct(s, 50);
}

static bool any_failed;

static void fmt_us(double v, char *buf, size_t size)
{
	if (v < 0)
		snprintf(buf, size, "-");
	else if (v >= 10000)
		snprintf(buf, size, "%.0f", v);
	else
		snprintf(buf, size, "%.1f", v);
}

/* One row: label, median, p10-p90, and the ratio to ref (none when NULL). */
static void row(struct scen *s, struct scen *ref)
{
	char m[32], lo[32], hi[32], spread[80], ratio[32] = "";
	if (s->failed) {
		any_failed = true;
		printf("  %-50s FAILED: %s\n", s->label, s->why);
		return;
	}
	fmt_us(med(s), m, sizeof(m));
	fmt_us(pct(s, 10), lo, sizeof(lo));
	fmt_us(pct(s, 90), hi, sizeof(hi));
	snprintf(spread, sizeof(spread), "%s-%s", lo, hi);
	if (ref && ref != s && !ref->failed && med(ref) > 0)
		snprintf(ratio, sizeof(ratio), "%.2fx", med(s) / med(ref));
	printf("  %-50s %10s %19s %9s\n", s->label, m, spread, ratio);
}

static void head(const char *title, const char *ref)
{
	printf("\n%s\n  %-50s %10s %19s %9s\n", title, "scenario", "median", "p10-p90", ref);
}

/* A goal line: "what  value  goal  met / not met (now X, floor Y)". */
static void goal(const char *what, double value, const char *unit, const char *op, double bound,
		 const char *detail)
{
	if (value != value) {	/* NaN: a scenario it needs failed */
		printf("  %-58s %s\n", what, "not measured (a scenario failed)");
		return;
	}
	bool met = !strcmp(op, "<=") ? value <= bound : value >= bound;
	printf("  %-58s %9.2f%-2s goal %s %g%s  %s%s%s\n", what, value, unit, op, bound, unit,
	       met ? "met" : "not met", detail[0] ? "  " : "", detail);
}

static void info(const char *what, double value, const char *unit, const char *detail)
{
	if (value != value)
		printf("  %-58s %s\n", what, "not measured (a scenario failed)");
	else
		printf("  %-58s %9.2f%-2s %s\n", what, value, unit, detail);
}

static double mm(struct scen *s)
{
	return s->failed || !s->n ? 0.0 / 0.0 : med(s);
}

/* ---- the sandbox -------------------------------------------------------- */

static void on_signal(int sig)
{
	_exit(128 + sig);
}

/* PID 1 of new namespaces; the parent waits for it and exits as it did. */
static void enter_sandbox(void)
{
	if (unshare(CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWUTS | CLONE_NEWIPC) < 0)
		die("cannot make the sandbox's namespaces");
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0)
		die("fork");
	if (pid == 0) {
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		/* A PID 1 ignores the signals it has no handler for. */
		signal(SIGINT, on_signal);
		signal(SIGTERM, on_signal);
		signal(SIGHUP, on_signal);
		return;
	}
	signal(SIGINT, SIG_IGN);
	int status = 0;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	exit(WIFEXITED(status) ? WEXITSTATUS(status) : 1);
}

static void overlay(const char *dir)
{
	char up[128], work[128], opts[512];
	snprintf(up, sizeof(up), B "/ovl%s/u", dir);
	snprintf(work, sizeof(work), B "/ovl%s/w", dir);
	snprintf(opts, sizeof(opts), B "/ovl%s", dir);
	xmkdir(opts, 0755);
	xmkdir(up, 0755);
	xmkdir(work, 0755);
	snprintf(opts, sizeof(opts), "lowerdir=%s,upperdir=%s,workdir=%s", dir, up, work);
	xmount("bench-overlay", dir, "overlay", 0, opts);
}

/* The /dev/log listener: a child that keeps the last few MB of the log. */
static pid_t syslog_pid;
static void start_syslog(void)
{
	struct sockaddr_un a = { .sun_family = AF_UNIX };
	snprintf(a.sun_path, sizeof(a.sun_path), "/dev/log");
	int s = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (s < 0 || bind(s, (struct sockaddr *)&a, sizeof(a)) < 0 || chmod("/dev/log", 0666) < 0)
		die("cannot listen on /dev/log");
	syslog_pid = fork();
	if (syslog_pid < 0)
		die("fork");
	if (syslog_pid == 0) {
		int out = open(SYSLOG, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
		char m[8192];
		ssize_t n;
		while (out >= 0 && (n = recv(s, m, sizeof(m) - 1, 0)) >= 0) {
			while (n > 0 && (m[n - 1] == '\n' || m[n - 1] == '\0'))
				n--;
			m[n++] = '\n';
			if (lseek(out, 0, SEEK_END) > (4 << 20))
				(void)!ftruncate(out, 0);
			(void)!write(out, m, (size_t)n);
		}
		_exit(0);
	}
	close(s);
}

static int nsets_max;

static char *read_all(const char *path)
{
	FILE *f = fopen(path, "re");
	char *text = NULL;
	size_t len = 0;
	if (!f || getdelim(&text, &len, '\0', f) < 0)
		die("cannot read %s", path);
	fclose(f);
	return text;
}

/* /etc/group: the host's, the login users' own groups, then (with
 * fillers, for the groups table only) the 1,999 groups that pnsg2000 is
 * in (pnsg100 in 99 of them), and last pnsb, which every login user is
 * in: matching it scans the whole file.  The main table's users see a
 * file of ordinary size. */
static char *host_group;
static void write_groups(bool fillers)
{
	FILE *f = fopen("/etc/group", "we");
	if (!f)
		die("cannot write /etc/group");
	fprintf(f, "%s%spnsbench:x:2001:\npnsinit:x:2002:\npnsg100:x:2003:\npnsg2000:x:2004:\n", host_group,
		host_group[0] && host_group[strlen(host_group) - 1] != '\n' ? "\n" : "");
	for (int k = 1; fillers && k < 2000; k++)
		fprintf(f, "pnsf%d:x:%d:pnsg2000%s\n", k, 30000 + k, k < 100 ? ",pnsg100" : "");
	fprintf(f, "pnsb:x:2999:pnsbench,pnsinit,pnsg100,pnsg2000\n");
	close_file(f, "/etc/group");
}

static void make_world(int fds[3])
{
	umask(022);
	xmount("none", "/", NULL, MS_REC | MS_PRIVATE, NULL);
	xmount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL);
	xmount("bench-run", "/run", "tmpfs", MS_NOSUID | MS_NODEV, "mode=0755");
	xmount("bench-tmp", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777");
	write_file(HOST_MARK, 0644, "the sandbox's own /tmp\n");
	/* /sys of the sandbox's own net namespace, lo up. */
	if (umount2("/sys", MNT_DETACH) < 0)
		die("cannot detach /sys");
	xmount("sysfs", "/sys", "sysfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL);
	if (bring_lo_up() < 0)
		die("cannot bring lo up in the sandbox");
	xmkdir(B, 0755);
	xmkdir(B "/ovl", 0755);
	xmount("bench-ovl", B "/ovl", "tmpfs", 0, "mode=0755");
	overlay("/etc");
	overlay("/dev");
	xmount("bench-shm", "/dev/shm", "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777");
	unlink("/dev/log");
	xmkdir(BIN, 0755);
	xmkdir(PAMD, 0755);
	xmkdir(POL, 0755);
	xmkdir(LAB, 0755);
	copy_fd(fds[0], BIN "/pam_ns.so");
	copy_fd(fds[1], BIN "/pam_ns_helper");
	copy_fd(fds[2], BIN "/pam_ns-init");
	start_syslog();

	/* Users and groups, through glibc's own files (the host's NSS
	 * configuration).  The users who log in come first in passwd, the
	 * owners of the filled sets last; pnsb, the group every login user
	 * is in, is the last line of group, so matching it scans everything. */
	FILE *f = open_append("/etc/passwd");
	fprintf(f, "pnsbench:x:2001:2001::/tmp:/bin/sh\npnsinit:x:2002:2002::/tmp:/bin/sh\n"
		   "pnsg100:x:2003:2003::/tmp:/bin/sh\npnsg2000:x:2004:2004::/tmp:/bin/sh\n");
	for (int k = 1; k <= nsets_max; k++)
		fprintf(f, "u%d:x:%d:2999::/tmp:/bin/sh\n", k, 100000 + k);
	for (int k = 1; k <= 2000; k++)
		fprintf(f, "n%d:x:%d:2999::/tmp:/bin/sh\n", k, 200000 + k);
	close_file(f, "/etc/passwd");
	host_group = read_all("/etc/group");
	write_groups(false);

	/* pam_namespace: a tmpfs on /tmp, for pnsbench without namespace.init
	 * (noinit) and for pnsinit with the system's (Debian's). */
	write_file("/etc/security/namespace.conf", 0644,
		   "/tmp /tmp-inst/ tmpfs:noinit ~pnsbench\n/tmp /tmp-inst/ tmpfs ~pnsinit\n");
}

/* ---- policies and services ---------------------------------------------- */

static const char *policy_head = "version = 1;\non_error = \"deny\";\nnamespaces = {\n"
				 "  lab = { types = [\"net\", \"uts\", \"ipc\", \"mnt\"]; };\n"
				 "  home = { types = [\"net\", \"uts\", \"ipc\", \"mnt\"]; per = \"user\"; };\n};\n";

static void policy(const char *name, const char *rules)
{
	char path[128];
	snprintf(path, sizeof(path), POL "/%s.conf", name);
	write_file(path, 0644, "%srules = (\n%s\n);\n", policy_head, rules);
}

/* N rules: N - 1 for other users, then the one that matches. */
static void policy_rules(int n)
{
	char name[32], path[128];
	snprintf(name, sizeof(name), "rules%d", n);
	snprintf(path, sizeof(path), POL "/%s.conf", name);
	FILE *f = fopen(path, "we");
	if (!f)
		die("cannot write %s", path);
	fprintf(f, "%srules = (\n", policy_head);
	for (int k = 1; k < n; k++)
		fprintf(f, "  { users = [\"pnsr%d\"]; unshare = [\"uts\"]; user_manager = \"reachable\"; },\n", k);
	fprintf(f, "  { users = [\"" USER "\"]; unshare = [\"uts\"]; user_manager = \"reachable\"; }\n);\n");
	close_file(f, path);
}

static void service(const char *name, const char *line)
{
	char path[128];
	snprintf(path, sizeof(path), PAMD "/%s", name);
	write_file(path, 0644, "session required pam_permit.so\n%s%s", line, line[0] ? "\n" : "");
}

static void pns_service(const char *name, const char *pol)
{
	char line[512];
	snprintf(line, sizeof(line),
		 "session required " BIN "/pam_ns.so config=" POL "/%s.conf helper=" BIN
		 "/pam_ns_helper init=" BIN "/pam_ns-init",
		 pol);
	service(name, line);
}

/* The stack `pam_ns_helper check` reads for the module's options (its
 * init= and helper=), as an admin's /etc/pam.d would have it. */
static void system_stack(void)
{
	write_file("/etc/pam.d/pns-bench", 0644,
		   "session required pam_permit.so\nsession required " BIN "/pam_ns.so helper=" BIN
		   "/pam_ns_helper init=" BIN "/pam_ns-init\n");
}

static void helper(const char *what, char *const argv[])
{
	char why[1800];
	if (run_prog(argv, why, sizeof(why)) < 0) {
		fprintf(stderr, "bench: %s: %s\n", what, why);
		fflush(NULL);
		_exit(1);
	}
}

static void check_policy(const char *name)
{
	char path[128];
	snprintf(path, sizeof(path), POL "/%s.conf", name);
	char *argv[] = { (char *)helper_path, "-c", path, "-i", BIN "/pam_ns-init", "check", NULL };
	helper("pam_ns_helper check", argv);
}

/* The shared set lab, made by the helper as an admin would; its pins
 * opened through the store (the driver enters it once), their ids noted,
 * and each bound at LAB/TYPE for nsenter. */
static void make_lab(void)
{
	char *argv[] = { (char *)helper_path, "-c", POL "/join4.conf", "-i", BIN "/pam_ns-init", "create",
			 "lab", NULL };
	helper("pam_ns_helper create lab", argv);
	int pin = open("/run/pam_ns/store", O_RDONLY | O_CLOEXEC);
	if (pin < 0 || setns(pin, CLONE_NEWNS) < 0)
		die("cannot enter the store (/run/pam_ns/store)");
	close(pin);
	lab_dir = open("/sets/lab/shared", O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (lab_dir < 0)
		die("cannot open the set lab in the store");
	go_home();
	for (int t = NS_NET; t <= NS_MNT; t++) {
		char path[64];
		struct stat st;
		int fd = openat(lab_dir, ns_entry[t], O_RDONLY | O_CLOEXEC);
		if (fd < 0 || fstat(fd, &st) < 0)
			die("cannot open the set's %s pin", ns_entry[t]);
		lab_id[t] = st.st_ino;
		close(fd);
		snprintf(path, sizeof(path), LAB "/%s", ns_entry[t]);
		write_file(path, 0600, "%s", "");
		int tree = (int)open_tree(lab_dir, ns_entry[t], OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC);
		if (tree < 0 || move_mount(tree, "", AT_FDCWD, path, MOVE_MOUNT_F_EMPTY_PATH) < 0)
			die("cannot bind the set's %s pin at %s", ns_entry[t], path);
		close(tree);
	}
}

/* ---- main ---------------------------------------------------------------- */

#define PAM(label, svc, user, ck) { label, K_PAM, ck, svc, user, 0, NULL, 0, 0, false, "" }
#define NSS(label, user, groups) { label, K_NSS, CK_NONE, NULL, user, groups, NULL, 0, 0, false, "" }
#define FLOOR(label, kind, ck) { label, kind, ck, NULL, NULL, 0, NULL, 0, 0, false, "" }

int main(int argc, char **argv)
{
	if (argc != 4) {
		fprintf(stderr, "usage: bench MODULE HELPER INIT (as root; see make bench)\n");
		return 2;
	}
	if (geteuid() != 0) {
		fprintf(stderr, "bench: needs root (it makes namespaces, mounts and pinned sets in a "
				"sandbox of its own)\n");
		return 2;
	}
	bool smoke = getenv("BENCH_SMOKE") && !strcmp(getenv("BENCH_SMOKE"), "1");
	long rounds = env_num("ROUNDS", smoke ? 2 : 200);
	long scale_rounds = env_num("SCALE_ROUNDS", 30);
	long sets = env_num("SETS", 1000);
	long mem_cycles = env_num("MEM_CYCLES", smoke ? 100 : 20000);
	if (sets < 10 || sets > 100000) {
		fprintf(stderr, "bench: SETS=%ld: from 10 to 100000\n", sets);
		return 2;
	}
	nsets_max = smoke ? 0 : (int)sets;
	int fds[3];
	for (int k = 0; k < 3; k++)
		if ((fds[k] = open(argv[k + 1], O_RDONLY | O_CLOEXEC)) < 0)
			die("cannot open %s (make)", argv[k + 1]);

	struct utsname u;
	uname(&u);
	printf("$ BENCH_SMOKE=%d ROUNDS=%ld SCALE_ROUNDS=%ld SETS=%ld MEM_CYCLES=%ld %s %s %s %s\n", smoke,
	       rounds, scale_rounds, sets, mem_cycles, argv[0], argv[1], argv[2], argv[3]);
	printf("kernel %s, %ld CPUs; in-process through libpam (pam_start_confdir), µs\n", u.release,
	       sysconf(_SC_NPROCESSORS_ONLN));
	fflush(stdout);

	ssize_t len = readlink("/proc/self/exe", self_exe, sizeof(self_exe) - 1);
	self_exe[len > 0 ? len : 0] = '\0';
	enter_sandbox();
	make_world(fds);

	policy("nomatch", "  { users = [\"pns-nobody\"]; unshare = [\"net\"]; user_manager = \"reachable\"; }");
	policy("join4", "  { users = [\"" USER "\"]; join = \"lab\"; user_manager = \"reachable\"; }");
	policy("new4", "  { users = [\"" USER "\"]; unshare = [\"net\", \"uts\", \"ipc\", \"mnt\"]; "
		       "user_manager = \"reachable\"; }");
	policy("tmp", "  { users = [\"" USER "\"]; unshare = [\"mnt\"]; tmp = \"private\"; }");
	policy("pid", "  { users = [\"" USER "\"]; unshare = [\"pid\"]; user_manager = \"reachable\"; }");
	policy("group", "  { groups = [\"pnsb\"]; unshare = [\"uts\"]; user_manager = \"reachable\"; }");
	service("baseline", "");
	pns_service("nomatch", "nomatch");
	pns_service("join4", "join4");
	pns_service("new4", "new4");
	pns_service("tmp", "tmp");
	pns_service("pid", "pid");
	pns_service("group", "group");
	service("pamns", "session required pam_namespace.so");
	service("nsenter", "session required pam_exec.so type=open_session stdout /usr/bin/nsenter --net=" LAB
			   "/net --uts=" LAB "/uts --ipc=" LAB "/ipc --mount=" LAB "/mnt /usr/bin/readlink "
			   "/proc/self/ns/net /proc/self/ns/uts /proc/self/ns/ipc /proc/self/ns/mnt");
	const int rule_counts[] = { 1, 100, 1000, 10000 };
	for (size_t k = 0; k < (smoke ? 0 : 4); k++) {
		char name[32];
		snprintf(name, sizeof(name), "rules%d", rule_counts[k]);
		policy_rules(rule_counts[k]);
		pns_service(name, name);
	}
	/* Every policy checked first, as an admin would (pam_ns_helper check):
	 * a policy error stops here, with its file:line. */
	system_stack();
	const char *policies[] = { "nomatch", "join4", "new4", "tmp", "pid", "group",
				   "rules1", "rules100", "rules1000", "rules10000" };
	for (size_t k = 0; k < sizeof(policies) / sizeof(*policies) - (smoke ? 4 : 0); k++)
		check_policy(policies[k]);

	/* The sandbox's own namespaces, to come back to. */
	for (int t = 0; t < NS_N; t++) {
		char path[64];
		snprintf(path, sizeof(path), "/proc/self/ns/%s", ns_entry[t]);
		if ((home_fd[t] = open(path, O_RDONLY | O_CLOEXEC)) < 0)
			die("cannot open %s", path);
	}
	ids_now(home_id);
	struct stat st;
	if (stat("/tmp", &st) < 0)
		die("stat /tmp");
	home_tmp_dev = st.st_dev;
	make_lab();

	/* ---- the main table ---- */
	struct scen f_nss = NSS("(floor) NSS: getpwnam + getgrouplist", USER, 2);
	struct scen f_load = FLOOR("(floor) dlopen + dlclose of pam_ns.so", K_FLOOR_LOAD, CK_NONE);
	struct scen f_join = FLOOR("(floor) open+setns of 4 pins (net uts ipc mnt)", K_FLOOR_JOIN, CK_JOIN);
	struct scen f_sjoin = FLOOR("(floor) the same, pins reached in the store", K_FLOOR_STORE_JOIN, CK_JOIN);
	struct scen f_new4 = FLOOR("(floor) unshare net+uts+ipc+mnt, set-up", K_FLOOR_NEW4, CK_NEW4);
	struct scen f_tmp = FLOOR("(floor) unshare mnt + tmpfs on /tmp", K_FLOOR_TMP, CK_TMP);
	struct scen f_pid = FLOOR("(floor) unshare pid, fork PID 1, stop it", K_FLOOR_PID, CK_PID);
	struct scen base = PAM("pam_permit only (baseline)", "baseline", USER, CK_HOME);
	struct scen nomatch = PAM("+ pam_ns, no rule matches", "nomatch", USER, CK_HOME);
	struct scen join4 = PAM("+ pam_ns, join net+uts+ipc+mnt set", "join4", USER, CK_JOIN);
	struct scen new4 = PAM("+ pam_ns, new net+uts+ipc+mnt", "new4", USER, CK_NEW4);
	struct scen tmp = PAM("+ pam_ns, unshare mnt, tmp = private", "tmp", USER, CK_TMP);
	struct scen pid = PAM("+ pam_ns, unshare pid", "pid", USER, CK_PID);
	struct scen pamns = PAM("+ pam_namespace, /tmp tmpfs (noinit)", "pamns", USER, CK_TMP);
	struct scen pamns_init = PAM("+ pam_namespace, /tmp tmpfs + namespace.init", "pamns", "pnsinit", CK_TMP);
	struct scen nsenter = PAM("+ pam_exec nsenter into the 4 pins", "nsenter", USER, CK_NSENTER);
	struct scen *main_v[] = { &f_nss, &f_load, &f_join, &f_sjoin, &f_new4, &f_tmp, &f_pid, &base, &nomatch, &join4,
				  &new4, &tmp, &pid, &pamns, &pamns_init, &nsenter };
	measure(main_v, (int)(sizeof(main_v) / sizeof(*main_v)), rounds);

	char title[256];
	snprintf(title, sizeof(title), "== Kernel floors and PAM stacks: %ld rounds, interleaved; "
		 "µs per cycle (PAM: pam_start..pam_end; floors: the operation alone)", rounds);
	head(title, "/base");
	for (int k = 0; k < 7; k++)
		row(main_v[k], NULL);
	for (int k = 7; k < (int)(sizeof(main_v) / sizeof(*main_v)); k++)
		row(main_v[k], &base);

	double b = mm(&base), d0 = mm(&nomatch) - b;
	double dj = mm(&join4) - b, dn = mm(&new4) - b, dt = mm(&tmp) - b, dp = mm(&pid) - b;
	double dpn = mm(&pamns) - b, dpi = mm(&pamns_init) - b, dns = mm(&nsenter) - b;
	char detail[256];
	printf("\n== Side by side (medians; D = a stack's cycle minus the baseline's, D0 = D of no match)\n");
	snprintf(detail, sizeof(detail), "(D0 %.0f µs, NSS floor %.0f µs, dlopen floor %.0f µs)", d0,
		 mm(&f_nss), mm(&f_load));
	info("fixed cost, no match: D0 / (dlopen + NSS floors)", d0 / (mm(&f_nss) + mm(&f_load)), "x", detail);
	snprintf(detail, sizeof(detail), "(now %.0f µs, floor %.0f µs)", dj - d0, mm(&f_join));
	goal("join 4: (D - D0) / open+setns floor", (dj - d0) / mm(&f_join), "x", "<=", 2, detail);
	snprintf(detail, sizeof(detail), "(now %.0f µs, floor %.0f µs)", dj - d0, mm(&f_sjoin));
	info("  the same / the floor with pins reached in the store", (dj - d0) / mm(&f_sjoin), "x", detail);
	snprintf(detail, sizeof(detail), "(now %.0f µs, floor %.0f µs)", dn - d0, mm(&f_new4));
	goal("new 4: (D - D0) / unshare + set-up floor", (dn - d0) / mm(&f_new4), "x", "<=", 1.1, detail);
	snprintf(detail, sizeof(detail), "(now %.0f µs, floor %.0f µs)", dt - d0, mm(&f_tmp));
	info("private /tmp: (D - D0) / unshare mnt + tmpfs floor", (dt - d0) / mm(&f_tmp), "x", detail);
	snprintf(detail, sizeof(detail), "(now %.0f µs, floor %.0f µs)", dp - d0, mm(&f_pid));
	info("pid: (D - D0) / init cycle floor", (dp - d0) / mm(&f_pid), "x", detail);
	snprintf(detail, sizeof(detail), "(pam_ns %.0f µs, pam_namespace %.0f µs)", dt, dpn);
	goal("private /tmp: D / pam_namespace tmpfs D", dt / dpn, "x", "<=", 1, detail);
	snprintf(detail, sizeof(detail), "(namespace.init %.0f µs, pam_ns %.0f µs)", dpi, dt);
	info("pam_namespace + namespace.init D / pam_ns private /tmp D", dpi / dt, "x", detail);
	snprintf(detail, sizeof(detail), "(nsenter %.0f µs, pam_ns join %.0f µs)", dns, dj);
	goal("pam_exec + nsenter D / pam_ns join D", dns / dj, "x", ">=", 50, detail);
	/* The most any module libpam loads could show: being loaded and
	 * opening and entering the pins are the least a join does. */
	double jfloor = mm(&f_load) + mm(&f_join);
	snprintf(detail, sizeof(detail), "(nsenter %.0f µs, dlopen + open+setns floors %.0f µs)", dns, jfloor);
	info("  the most in-process: nsenter D / (dlopen + join floors)", dns / jfloor, "x", detail);
	fflush(stdout);

	if (!smoke) {
		/* ---- rules ---- */
		struct scen r1 = PAM("policy of 1 rule", "rules1", USER, CK_UTS);
		struct scen r100 = PAM("policy of 100 rules, match on the last", "rules100", USER, CK_UTS);
		struct scen r1k = PAM("policy of 1,000 rules, match on the last", "rules1000", USER, CK_UTS);
		struct scen r10k = PAM("policy of 10,000 rules, match on the last", "rules10000", USER, CK_UTS);
		struct scen base2 = base;
		base2.t = NULL, base2.n = base2.cap = 0;
		struct scen *rv[] = { &base2, &r1, &r100, &r1k, &r10k };
		measure(rv, 5, scale_rounds);
		snprintf(title, sizeof(title), "== Policy size (%ld rounds): the last rule matches, unshare = [\"uts\"]",
			 scale_rounds);
		head(title, "/1 rule");
		for (int k = 0; k < 5; k++)
			row(rv[k], k ? &r1 : NULL);
		snprintf(detail, sizeof(detail), "(10,000 rules %.0f µs over the baseline, 1 rule %.0f µs)",
			 mm(&r10k) - mm(&base2), mm(&r1) - mm(&base2));
		goal("10,000-rule policy: cycle minus baseline", (mm(&r10k) - mm(&base2)) / 1000, "ms", "<=", 2,
		     detail);
		snprintf(detail, sizeof(detail), "(%.2f µs per rule that cannot match)",
			 (mm(&r10k) - mm(&r1)) / 9999);
		info("flat in rules: 10,000 rules / 1 rule", mm(&r10k) / mm(&r1), "x", detail);
		fflush(stdout);

		/* ---- groups ---- */
		struct scen g1n = NSS("(floor) NSS, user in 1 group", USER, 2);
		struct scen g100n = NSS("(floor) NSS, user in 100 groups", "pnsg100", 101);
		struct scen g2kn = NSS("(floor) NSS, user in 2,000 groups", "pnsg2000", 2001);
		struct scen g1a = PAM("1 group, no group rule (no match)", "nomatch", USER, CK_HOME);
		struct scen g100a = PAM("100 groups, no group rule (no match)", "nomatch", "pnsg100", CK_HOME);
		struct scen g2ka = PAM("2,000 groups, no group rule (no match)", "nomatch", "pnsg2000", CK_HOME);
		struct scen g1b = PAM("1 group, one group rule (matches)", "group", USER, CK_UTS);
		struct scen g100b = PAM("100 groups, one group rule (matches)", "group", "pnsg100", CK_UTS);
		struct scen g2kb = PAM("2,000 groups, one group rule (matches)", "group", "pnsg2000", CK_UTS);
		struct scen base3 = base;
		base3.t = NULL, base3.n = base3.cap = 0;
		write_groups(true);
		struct scen *gv[] = { &g1n, &g100n, &g2kn, &base3, &g1a, &g100a, &g2ka, &g1b, &g100b, &g2kb };
		measure(gv, 10, scale_rounds);
		snprintf(title, sizeof(title), "== User's groups (%ld rounds; glibc files, supplementary "
			 "groups; the group rule's group is the last of /etc/group)", scale_rounds);
		head(title, "/base");
		for (int k = 0; k < 3; k++)
			row(gv[k], NULL);
		for (int k = 3; k < 10; k++)
			row(gv[k], &base3);
		snprintf(detail, sizeof(detail), "(now %.0f µs, NSS floor %.0f µs)", mm(&g2ka) - mm(&base3),
			 mm(&g2kn));
		goal("2,000 groups, no group rule: cycle minus baseline", (mm(&g2ka) - mm(&base3)) / 1000, "ms",
		     "<=", 5, detail);
		snprintf(detail, sizeof(detail), "(now %.0f µs, NSS floor %.0f µs)", mm(&g2kb) - mm(&base3),
			 mm(&g2kn));
		goal("2,000 groups, one group rule: cycle minus baseline", (mm(&g2kb) - mm(&base3)) / 1000, "ms",
		     "<=", 5, detail);
		write_groups(false);
		fflush(stdout);

		/* ---- pinned sets ---- */
		int points[6], np = 0;
		for (long p = 10; p < sets && np < 5; p *= 10)
			points[np++] = (int)p;
		points[np++] = (int)sets;
		struct scen sj[6], sn[6], sf[6], sc[6];
		int mounts[6], filled = 0;
		long long fill_ns = 0;
		for (int k = 0; k < np; k++) {
			long long t0 = now_ns();
			while (filled < points[k]) {
				char user[32];
				snprintf(user, sizeof(user), "u%d", ++filled);
				char *cv[] = { (char *)helper_path, "-c", POL "/join4.conf", "create", "home", "-u",
					       user, NULL };
				helper("filling the store: pam_ns_helper create home", cv);
			}
			fill_ns += now_ns() - t0;
			sj[k] = (struct scen)PAM("pam_ns, join the set lab", "join4", USER, CK_JOIN);
			sn[k] = (struct scen)PAM("pam_ns, new net+uts+ipc+mnt", "new4", USER, CK_NEW4);
			sf[k] = (struct scen)FLOOR("(floor) unshare net+uts+ipc+mnt, set-up", K_FLOOR_NEW4, CK_NEW4);
			sc[k] = (struct scen)FLOOR("pam_ns_helper create home -u NEW", K_CREATE, CK_NONE);
			struct scen *sv[] = { &sj[k], &sn[k], &sf[k], &sc[k] };
			measure(sv, 4, scale_rounds);
			char line[256];
			FILE *mi = fopen("/proc/self/mountinfo", "re");
			mounts[k] = 0;
			while (mi && fgets(line, sizeof(line), mi))
				if (strchr(line, '\n'))
					mounts[k]++;
			if (mi)
				fclose(mi);
		}
		printf("\n== Pinned sets (%ld rounds a point; per-user sets of net+uts+ipc+mnt, filled by "
		       "pam_ns_helper create one at a time, %.1f s in all); medians, µs\n",
		       scale_rounds, (double)fill_ns / 1e9);
		printf("  %-42s", "scenario");
		for (int k = 0; k < np; k++)
			printf(" %9d", points[k]);
		printf(" %9s\n", "last/first");
		struct scen *rows[] = { sj, sn, sf, sc };
		for (int r = 0; r < 4; r++) {
			printf("  %-42s", rows[r][0].label);
			for (int k = 0; k < np; k++) {
				char m[32];
				if (rows[r][k].failed) {
					any_failed = true;
					printf(" %9s", "FAILED");
					continue;
				}
				fmt_us(med(&rows[r][k]), m, sizeof(m));
				printf(" %9s", m);
			}
			if (!rows[r][0].failed && !rows[r][np - 1].failed)
				printf(" %8.2fx", med(&rows[r][np - 1]) / med(&rows[r][0]));
			printf("\n");
			for (int k = 0; k < np; k++)
				if (rows[r][k].failed)
					printf("    at %d sets: FAILED: %s\n", points[k], rows[r][k].why);
		}
		printf("  %-42s", "mounts in the sandbox's namespace (count)");
		for (int k = 0; k < np; k++)
			printf(" %9d", mounts[k]);
		printf(" %8.2fx\n", (double)mounts[np - 1] / mounts[0]);
		fflush(stdout);
	}

	/* ---- memory ---- */
	{
		struct scen mj = PAM("join", "join4", USER, CK_JOIN);
		long every = mem_cycles / 20 > 0 ? mem_cycles / 20 : 1, first = -1, last = -1, most = 0;
		double us;
		for (long c = 1; c <= mem_cycles && !mj.failed; c++) {
			if (run_one(&mj, &us) < 0)
				break;
			if (c % every == 0 || c == mem_cycles) {
				long kb = vmrss_kb(getpid());
				if (first < 0)
					first = kb;
				last = kb;
				most = kb > most ? kb : most;
			}
		}
		printf("\n== Memory\n");
		printf("  pam_ns-init VmRSS during the pid sessions: %ld kB (largest seen, once executed)\n",
		       init_rss_max);
		if (mj.failed) {
			any_failed = true;
			printf("  driver RSS over %ld join cycles: FAILED: %s\n", mem_cycles, mj.why);
		} else {
			snprintf(detail, sizeof(detail), "(%ld kB after %ld cycles, %ld kB after %ld, largest %ld kB)",
				 first, every, last, mem_cycles, most);
			goal("driver RSS growth over the join cycles", (double)(last - first), "kB", "<=", 64, detail);
		}
	}

	kill(syslog_pid, SIGKILL);
	waitpid(syslog_pid, NULL, 0);
	if (any_failed)
		printf("\nbench: a scenario did not do what it claims (FAILED above): exit status 1\n");
	fflush(NULL);
	return any_failed ? 1 : 0;
}
