/*
 * Session cycles and races through the real libpam, for the sanitizer and
 * valgrind runs: make check-asan runs this driver built with ASan and UBSan
 * against the ASan-built pam_ns.so and pam_ns_helper, make check-memory runs
 * the plain build under valgrind.  pam_wrapper is not used: libpam is the
 * system's, reached with pam_start_confdir and service files of our own (as
 * tests/bench/bench.c does), so nothing is preloaded and the sanitizer
 * runtime is the first library of the process.
 *
 *   sessions cycles N [KIND...]   N open/close cycles of each kind (or of those
 *                        named): join a set, unshare
 *                        net+uts+ipc+mnt, unshare pid, a failing rule (a
 *                        missing pin, on_error deny), no rule matching, a
 *                        hidden user manager (private /run/user)
 *   sessions stress N    N cycles alternating join, unshare and failing; 64
 *                        concurrent first logins into a set with create =
 *                        true; logins racing N / 40 rounds of pam_ns_helper
 *                        delete and create
 *
 * Run by tests/sessions/run, which makes the sandbox (PID 1 of new mount,
 * pid, net, uts and ipc namespaces, tmpfs on /run and /tmp) and copies the
 * build's pam_ns.so, pam_ns_helper and pam_ns-init into DIR/bin, where the
 * module's trust checks accept them.  DIR is /run/pns-sessions.
 *
 * Every cycle is checked: the return code, the namespaces right after the
 * open (and back home after the close), the log line of a refusal.  The fd
 * count of the process must be the same before and after every kind's
 * cycles.  pam_syslog is caught in-process (syslog is defined here, linked
 * with --export-dynamic), so a check can read what the module logged.
 * Exit status 0 when every check held, 1 otherwise.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <security/pam_appl.h>

#include "paths.h"

#define D "/run/pns-sessions"
#define BIN D "/bin"
#define PAMD D "/pam.d"
#define POL D "/policy"
#define CREATES D "/creates"
#define RACERS 64

/* ---- the log: pam_syslog ends in syslog or __syslog_chk --------------- */

/* Not <syslog.h>: its fortified inline versions would clash with these. */
void syslog(int pri, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void vsyslog(int pri, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));
void __syslog_chk(int pri, int flag, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void __vsyslog_chk(int pri, int flag, const char *fmt, va_list ap) __attribute__((format(printf, 3, 0)));

#define PRI_ERR 3
static char logbuf[16384];
static size_t loglen;
static int log_errors;	/* lines at LOG_ERR or worse since log_reset */

static void log_reset(void)
{
	loglen = 0;
	logbuf[0] = '\0';
	log_errors = 0;
}

void vsyslog(int pri, const char *fmt, va_list ap)
{
	if ((pri & 7) <= PRI_ERR)
		log_errors++;
	if (loglen + 2 >= sizeof(logbuf))
		return;
	int n = vsnprintf(logbuf + loglen, sizeof(logbuf) - loglen - 1, fmt, ap);
	if (n > 0)
		loglen = loglen + (size_t)n < sizeof(logbuf) - 2 ? loglen + (size_t)n : sizeof(logbuf) - 2;
	logbuf[loglen++] = '\n';
	logbuf[loglen] = '\0';
}

void syslog(int pri, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsyslog(pri, fmt, ap);
	va_end(ap);
}

void __vsyslog_chk(int pri, int flag, const char *fmt, va_list ap)
{
	(void)flag;
	vsyslog(pri, fmt, ap);
}

void __syslog_chk(int pri, int flag, const char *fmt, ...)
{
	(void)flag;
	va_list ap;
	va_start(ap, fmt);
	vsyslog(pri, fmt, ap);
	va_end(ap);
}

/* ---- small things ------------------------------------------------------ */

static void die(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
static void die(const char *fmt, ...)
{
	int err = errno;
	va_list ap;
	va_start(ap, fmt);
	fputs("sessions: ", stderr);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, ": %s\n", strerror(err));
	exit(1);
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

static int count_fds(void)
{
	DIR *d = opendir("/proc/self/fd");
	if (!d)
		die("cannot open /proc/self/fd");
	int n = 0;
	for (struct dirent *de; (de = readdir(d));)
		n += de->d_name[0] != '.';
	closedir(d);
	return n - 1;	/* the directory's own */
}

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Runs the helper with args (stdout and stderr into err); 0 when it exits 0. */
static int helper(char *err, size_t size, const char *a1, const char *a2, const char *a3)
{
	int p[2];
	if (pipe2(p, O_CLOEXEC) < 0)
		die("pipe");
	pid_t pid = fork();
	if (pid < 0)
		die("fork");
	if (pid == 0) {
		if (dup2(p[1], 1) < 0 || dup2(p[1], 2) < 0)
			_exit(126);
		execl(BIN "/pam_ns_helper", "pam_ns_helper", "--init", BIN "/pam_ns-init", "-c", a1, a2, a3,
		      (char *)NULL);
		_exit(127);
	}
	close(p[1]);
	/* The first size - 1 bytes kept, the rest read and dropped. */
	size_t len = 0;
	ssize_t n;
	char sink[512];
	while ((n = read(p[0], len + 1 < size ? err + len : sink, len + 1 < size ? size - 1 - len : sizeof(sink))) > 0)
		if (len + 1 < size)
			len += (size_t)n;
	err[len] = '\0';
	close(p[0]);
	int status;
	if (waitpid(pid, &status, 0) < 0)
		die("waitpid");
	return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}

/* ---- namespaces ----------------------------------------------------------- */

enum { NS_NET, NS_UTS, NS_IPC, NS_MNT, NS_PID, NS_N };
static const char *const ns_entry[NS_N] = { "net", "uts", "ipc", "mnt", "pid_for_children" };
static const int ns_flag[NS_N] = { CLONE_NEWNET, CLONE_NEWUTS, CLONE_NEWIPC, CLONE_NEWNS, CLONE_NEWPID };
static int home_fd[NS_N];
static ino_t home_id[NS_N];
/* The sandbox's /proc: a session's own /proc (proc = true) is of a pid
 * namespace this process is not in, where /proc/self is nobody. */
static int proc_fd = -1;

static void ids_now(ino_t id[NS_N])
{
	char path[64];
	struct stat st;
	for (int t = 0; t < NS_N; t++) {
		snprintf(path, sizeof(path), "self/ns/%s", ns_entry[t]);
		id[t] = fstatat(proc_fd, path, &st, 0) == 0 ? st.st_ino : 0;
	}
}

/* Back to the sandbox's namespaces, mnt last (it resets root and cwd). */
static void go_home(void)
{
	for (int t = 0; t < NS_N; t++)
		if (t != NS_MNT && setns(home_fd[t], ns_flag[t]) < 0)
			die("cannot go back to the sandbox's %s namespace", ns_entry[t]);
	if (setns(home_fd[NS_MNT], CLONE_NEWNS) < 0 || chdir("/") < 0)
		die("cannot go back to the sandbox's mount namespace");
}

/* ---- kinds of session ------------------------------------------------------ */

enum expect { E_JOIN, E_NEW, E_PID, E_FAIL, E_HOME, E_HIDDEN };

struct kind {
	const char *name;	/* also the service's and the policy's */
	const char *rules;	/* the policy after its head */
	enum expect expect;
	unsigned types;		/* the types that must move at the open (not for E_HOME) */
	bool may_refuse;	/* racing a delete: a refusal that fails closed is fine */
	ino_t set_id[NS_N];	/* E_JOIN: the ids seen at the first successful open */
};

#define T(x) (1u << (x))
#define SET_TYPES (T(NS_NET) | T(NS_UTS) | T(NS_IPC) | T(NS_MNT))

static struct kind k_join = { "join", "rules = ( { users = [\"root\"]; join = \"lab\"; user_manager = \"reachable\"; } );\n",
			      E_JOIN, SET_TYPES, false, { 0 } };
static struct kind k_new = { "unshare", "rules = ( { users = [\"root\"]; unshare = [\"net\", \"uts\", \"ipc\", \"mnt\"]; "
					"hostname = \"s-%u\"; user_manager = \"reachable\"; } );\n",
			     E_NEW, SET_TYPES, false, { 0 } };
static struct kind k_pid = { "pid", "rules = ( { users = [\"root\"]; unshare = [\"pid\"]; user_manager = \"reachable\"; } );\n",
			     E_PID, T(NS_PID), false, { 0 } };
static struct kind k_fail = { "fail", "namespaces = { gone = { paths = { net = \"" D "/no-such-pin\"; }; }; };\n"
				      "rules = ( { users = [\"root\"]; join = \"gone\"; unshare = [\"uts\"]; "
				      "user_manager = \"reachable\"; } );\n",
			      E_FAIL, 0, false, { 0 } };
static struct kind k_none = { "nomatch", "rules = ( { users = [\"nobody\"]; unshare = [\"net\"]; user_manager = \"reachable\"; } );\n",
			      E_HOME, 0, false, { 0 } };
static struct kind k_hidden = { "hidden", "rules = ( { users = [\"root\"]; unshare = [\"net\", \"pid\", \"mnt\"]; proc = true; } );\n",
				E_HIDDEN, T(NS_NET) | T(NS_PID) | T(NS_MNT), false, { 0 } };
/* create = true: the crowd of first logins, and the logins racing delete. */
static struct kind k_crowd = { "crowd", "rules = ( { users = [\"root\"]; join = \"crowd\"; create = true; "
					"user_manager = \"reachable\"; } );\n",
			       E_JOIN, T(NS_NET) | T(NS_UTS) | T(NS_IPC), false, { 0 } };
static struct kind k_flux = { "flux", "rules = ( { users = [\"root\"]; join = \"flux\"; create = true; "
				      "user_manager = \"reachable\"; } );\n",
			      E_NEW, T(NS_NET) | T(NS_UTS) | T(NS_IPC), true, { 0 } };

/* Every policy has every set, so the helper can make any of them from any. */
static const char *const sets =
	"namespaces = {\n"
	"  lab = { types = [\"net\", \"uts\", \"ipc\", \"mnt\"]; };\n"
	"  crowd = { types = [\"net\", \"uts\", \"ipc\"]; hooks = { create = \"" BIN "/count-create\"; }; };\n"
	"  flux = { types = [\"net\", \"uts\", \"ipc\"]; };\n"
	"};\n";

static void write_kind(const struct kind *k)
{
	char path[256], line[1024];
	snprintf(path, sizeof(path), POL "/%s.conf", k->name);
	/* A kind with sets of its own (fail) has no use for the common ones. */
	write_file(path, 0644, "version = 1;\non_error = \"deny\";\npin_dir = \"" D "/pins\";\n%s%s",
		   strstr(k->rules, "namespaces") ? "" : sets, k->rules);
	snprintf(line, sizeof(line), "session required %s/pam_ns.so config=%s helper=%s/pam_ns_helper init=%s/pam_ns-init",
		 BIN, path, BIN, BIN);
	snprintf(path, sizeof(path), PAMD "/%s", k->name);
	/* pam_permit first: a PAM_IGNORE of pam_ns (no rule) leaves a success. */
	write_file(path, 0644, "session required pam_permit.so\n%s\n", line);
}

static int conv_fn(int n, const struct pam_message **msg, struct pam_response **resp, void *data)
{
	(void)msg, (void)data;
	*resp = calloc((size_t)n, sizeof(**resp));
	return *resp ? PAM_SUCCESS : PAM_BUF_ERR;
}

/* What the open left, for E_* kinds; 0 or -1 with why. */
static int check_open(struct kind *k, char *why, size_t size)
{
	ino_t id[NS_N];
	struct stat st;
	ids_now(id);
	for (int t = 0; t < NS_N; t++) {
		bool moved = id[t] != home_id[t];
		bool want = (k->types & T(t)) != 0;
		/* A session that moves may get a mount namespace of its own on
		 * top (a private /run/user, a slave layer): only mnt may move
		 * unasked, and only then. */
		if (moved != want && !(t == NS_MNT && moved && k->types)) {
			snprintf(why, size, "the %s namespace %s after the open; log: %.600s", ns_entry[t],
				 moved ? "moved" : "is still the sandbox's", logbuf);
			return -1;
		}
	}
	if (k->expect == E_JOIN) {
		for (int t = 0; t < NS_N; t++) {
			if (!(k->types & T(t)) || t == NS_MNT)
				continue;
			if (!k->set_id[t])
				k->set_id[t] = id[t];
			else if (k->set_id[t] != id[t]) {
				snprintf(why, size, "joined %s namespace %lu, not the set's %lu", ns_entry[t],
					 (unsigned long)id[t], (unsigned long)k->set_id[t]);
				return -1;
			}
		}
	}
	if (k->expect == E_HIDDEN) {
		if (access("/run/user/marker", F_OK) == 0 || lstat("/run/user/0", &st) < 0 ||
		    !S_ISDIR(st.st_mode) || (st.st_mode & 07777) != 0700) {
			snprintf(why, size, "/run/user is not a private one holding an empty /run/user/0 (0700)");
			return -1;
		}
	}
	return 0;
}

/* One login: pam_start_confdir, open, check, close, pam_end, home again.
 * *opened says whether the open succeeded.  0 when everything was as
 * the kind expects, else -1 with why. */
static int cycle(struct kind *k, bool *opened, char *why, size_t size)
{
	struct pam_conv conv = { conv_fn, NULL };
	pam_handle_t *h = NULL;
	ino_t id[NS_N];
	log_reset();
	*opened = false;
	int r = pam_start_confdir(k->name, "root", &conv, PAMD, &h);
	if (r != PAM_SUCCESS) {
		snprintf(why, size, "pam_start_confdir(%s): %s", k->name, pam_strerror(h, r));
		return -1;
	}
	r = pam_open_session(h, 0);
	int bad = 0;
	if (r == PAM_SUCCESS) {
		*opened = true;
		bad = k->expect == E_FAIL ? (snprintf(why, size, "the failing rule's open succeeded"), -1)
					  : check_open(k, why, size);
		int c = pam_close_session(h, 0);
		if (c != PAM_SUCCESS && !bad)
			bad = (snprintf(why, size, "pam_close_session: %s", pam_strerror(h, c)), -1);
	} else if (k->expect != E_FAIL && !k->may_refuse) {
		bad = (snprintf(why, size, "pam_open_session: %s; log: %.600s", pam_strerror(h, r), logbuf), -1);
	} else {
		/* Refused: closed, in the sandbox's namespaces, with the
		 * reason logged as an error. */
		ids_now(id);
		for (int t = 0; t < NS_N && !bad; t++)
			if (id[t] != home_id[t])
				bad = (snprintf(why, size, "refused, but the %s namespace moved", ns_entry[t]), -1);
		if (!bad && (r != PAM_SESSION_ERR || !log_errors || !strstr(logbuf, "cannot isolate root")))
			bad = (snprintf(why, size, "refused (%s) without the logged error; log: %.600s",
					pam_strerror(h, r), logbuf), -1);
	}
	pam_end(h, r);
	go_home();
	ids_now(id);
	for (int t = 0; t < NS_N && !bad; t++)
		if (id[t] != home_id[t])
			bad = (snprintf(why, size, "not back home after pam_end (%s)", ns_entry[t]), -1);
	return bad;
}

static int failures;

static void fail(const char *what, const char *why)
{
	printf("FAILED: %s: %s\n", what, why);
	fflush(stdout);
	failures++;
}

static struct kind *const cycled[] = { &k_join, &k_new, &k_pid, &k_fail, &k_none, &k_hidden };
#define NCYCLED (sizeof(cycled) / sizeof(*cycled))

/* n cycles of each kind named (every kind when none is), one kind after
 * the other, the fd count of the process compared before and after. */
static void run_cycles(long n, char **names, int nnames)
{
	char why[1024], what[128];
	for (size_t i = 0; i < NCYCLED; i++) {
		struct kind *k = cycled[i];
		int failed = failures;
		bool named = nnames == 0;
		for (int j = 0; j < nnames; j++)
			named |= !strcmp(names[j], k->name);
		if (!named)
			continue;
		int fds = count_fds();
		double t0 = now_s();
		long c;
		bool opened;
		for (c = 1; c <= n; c++) {
			if (cycle(k, &opened, why, sizeof(why)) != 0) {
				snprintf(what, sizeof(what), "%s, cycle %ld", k->name, c);
				fail(what, why);
				break;
			}
		}
		int after = count_fds();
		if (after != fds) {
			snprintf(what, sizeof(what), "%s, %ld cycles", k->name, n);
			snprintf(why, sizeof(why), "%d fds open before, %d after", fds, after);
			fail(what, why);
		}
		if (failures == failed)
			printf("ok %-8s %ld cycles, %d fds before and after, %.1f s\n", k->name, c - 1, after,
			       now_s() - t0);
		fflush(stdout);
	}
}

/* ---- stress ------------------------------------------------------------------ */

/* n cycles alternating join, unshare and the failing rule. */
static void stress_mix(long n)
{
	struct kind *kinds[] = { &k_join, &k_new, &k_fail };
	char why[1024], what[128];
	int fds = count_fds();
	double t0 = now_s();
	bool opened;
	for (long c = 0; c < n; c++)
		if (cycle(kinds[c % 3], &opened, why, sizeof(why)) != 0) {
			snprintf(what, sizeof(what), "alternating, cycle %ld (%s)", c + 1, kinds[c % 3]->name);
			fail(what, why);
			return;
		}
	if (count_fds() != fds) {
		snprintf(why, sizeof(why), "%d fds before, %d after", fds, count_fds());
		fail("alternating cycles", why);
		return;
	}
	printf("ok alternating join/unshare/fail: %ld cycles, %.1f s\n", n, now_s() - t0);
}

static int lines_of(const char *path)
{
	FILE *f = fopen(path, "re");
	int n = 0, c;
	if (!f)
		return errno == ENOENT ? 0 : -1;
	while ((c = getc(f)) != EOF)
		n += c == '\n';
	fclose(f);
	return n;
}

/* RACERS first logins at once into crowd (create = true): every one
 * succeeds, the create hook ran once, and all are in one namespace. */
static void stress_crowd(void)
{
	int gate[2], out[2];
	pid_t pid[RACERS];
	double t0 = now_s();
	if (pipe2(gate, O_CLOEXEC) < 0 || pipe2(out, O_CLOEXEC) < 0)
		die("pipe");
	fflush(NULL);
	for (int i = 0; i < RACERS; i++) {
		if ((pid[i] = fork()) < 0)
			die("fork");
		if (pid[i] == 0) {
			char c, why[1024], line[1200];
			bool opened;
			close(gate[1]);
			close(out[0]);
			if (read(gate[0], &c, 1) < 0)	/* EOF: all go */
				_exit(2);
			int r = cycle(&k_crowd, &opened, why, sizeof(why));
			int len = snprintf(line, sizeof(line), "%d %lu %s\n", r, (unsigned long)k_crowd.set_id[NS_NET],
					   r ? why : "");
			if (write(out[1], line, (size_t)len) != len)
				r = -1;
			exit(r ? 1 : 0);	/* exit: the sanitizers' exit checks run here too */
		}
	}
	close(gate[0]);
	close(out[1]);
	close(gate[1]);
	FILE *f = fdopen(out[0], "r");
	char line[1200];
	unsigned long net = 0;
	int ok = 0, bad = 0;
	while (f && fgets(line, sizeof(line), f)) {
		int r;
		unsigned long id;
		int pos = 0;
		if (sscanf(line, "%d %lu %n", &r, &id, &pos) < 2 || r) {
			if (!bad++)
				fail("64 first logins at once", line + pos);
			continue;
		}
		if (net && id != net && !bad++)
			fail("64 first logins at once", "two logins joined different net namespaces");
		net = id;
		ok++;
	}
	if (f)
		fclose(f);
	for (int i = 0; i < RACERS; i++) {
		int status;
		if (waitpid(pid[i], &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status)) {
			char why[64];
			snprintf(why, sizeof(why), "a racer ended with status %d", status);
			if (!bad++)
				fail("64 first logins at once", why);
		}
	}
	int made = lines_of(CREATES);
	if (made != 1) {
		char why[64];
		snprintf(why, sizeof(why), "the set was created %d times", made);
		fail("64 first logins at once", why);
		bad++;
	}
	if (!bad)
		printf("ok 64 first logins at once: all %d succeed in one set, created once, %.1f s\n", ok,
		       now_s() - t0);
}

/* Logins into flux (create = true) from 4 processes while another one
 * deletes the set and makes it again, `rounds` times (the logins go on
 * until it is done): each login joins a complete set or is refused with a
 * logged error; no crash, no leak. */
static void stress_flux(long rounds)
{
	const int workers = 4;
	char why[1024];
	double t0 = now_s();
	int done[2], res[2];
	if (pipe2(done, O_CLOEXEC) < 0 || pipe2(res, O_CLOEXEC) < 0)
		die("pipe");
	fflush(NULL);
	pid_t w[4];
	for (int i = 0; i < workers; i++) {
		if ((w[i] = fork()) < 0)
			die("fork");
		if (w[i] != 0)
			continue;
		/* Until the admin is done (done's write end closed: EOF). */
		close(done[1]);
		close(res[0]);
		fcntl(done[0], F_SETFL, O_NONBLOCK);
		long joined = 0, refused = 0;
		int rc = 0;
		bool opened;
		char c;
		while (read(done[0], &c, 1) < 0 && errno == EAGAIN) {
			if (cycle(&k_flux, &opened, why, sizeof(why)) < 0) {
				fprintf(stderr, "sessions: flux login %ld: %s\n", joined + refused + 1, why);
				rc = 1;
				break;
			}
			*(opened ? &joined : &refused) += 1;
		}
		char line[64];
		int len = snprintf(line, sizeof(line), "%ld %ld\n", joined, refused);
		if (write(res[1], line, (size_t)len) != len)
			rc = 1;
		exit(rc);
	}
	close(done[0]);
	close(res[1]);
	char err[1024];
	int bad = 0, status;
	long r;
	for (r = 0; r < rounds; r++)
		if (helper(err, sizeof(err), POL "/flux.conf", "delete", "flux") < 0 ||
		    helper(err, sizeof(err), POL "/flux.conf", "create", "flux") < 0) {
			fprintf(stderr, "sessions: pam_ns_helper delete/create flux failed: %s\n", err);
			bad++;
			break;
		}
	close(done[1]);
	for (int i = 0; i < workers; i++)
		if (waitpid(w[i], &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status))
			bad++;
	long joined = 0, refused = 0, j, f;
	FILE *in = fdopen(res[0], "r");
	while (in && fscanf(in, "%ld %ld", &j, &f) == 2)
		joined += j, refused += f;
	if (in)
		fclose(in);
	if (bad) {
		snprintf(why, sizeof(why), "%d of the %d logins' processes and the admin failed (above)", bad, workers);
		fail("logins racing delete and create", why);
	} else if (joined == 0) {
		fail("logins racing delete and create", "no login joined the set at all");
	} else {
		printf("ok logins racing %ld deletes and creates: %ld logins, %ld joined a complete set, %ld "
		       "refused with a logged error, %.1f s\n", r, joined + refused, joined, refused, now_s() - t0);
	}
}

/* ---- main -------------------------------------------------------------------- */

int main(int argc, char **argv)
{
	char *end = NULL;
	long n = argc >= 3 ? strtol(argv[2], &end, 10) : 0;
	bool stress = argc == 3 && !strcmp(argv[1], "stress");
	bool usage = argc < 3 || (!stress && strcmp(argv[1], "cycles")) || *end || n < 1;
	for (int j = 3; j < argc && !usage; j++) {
		usage = true;
		for (size_t i = 0; i < NCYCLED; i++)
			usage &= strcmp(argv[j], cycled[i]->name) != 0;
	}
	if (usage) {
		fprintf(stderr, "usage: sessions cycles N [join|unshare|pid|fail|nomatch|hidden...] | "
				"sessions stress N (run by tests/sessions/run)\n");
		return 2;
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	struct kind *all[] = { &k_join, &k_new, &k_pid, &k_fail, &k_none, &k_hidden, &k_crowd, &k_flux };
	if (mkdir(PAMD, 0755) < 0 || mkdir(POL, 0755) < 0)
		die("cannot make %s and %s", PAMD, POL);
	for (size_t i = 0; i < sizeof(all) / sizeof(*all); i++)
		write_kind(all[i]);
	write_file(PAMD "/other", 0644, "session required pam_deny.so\n");
	write_file(BIN "/count-create", 0755, "#!/bin/sh\necho \"$PNS_SET\" >>" CREATES "\n");
	/* As logind leaves it: something a hidden manager's session must not see. */
	if (mkdir("/run/user", 0755) < 0 && errno != EEXIST)
		die("cannot make /run/user");
	write_file("/run/user/marker", 0644, "the sandbox's\n");
	if ((proc_fd = open("/proc", O_PATH | O_DIRECTORY | O_CLOEXEC)) < 0)
		die("cannot open /proc");
	for (int t = 0; t < NS_N; t++) {
		char path[64];
		snprintf(path, sizeof(path), "/proc/self/ns/%s", ns_entry[t]);
		if ((home_fd[t] = open(path, O_RDONLY | O_CLOEXEC)) < 0)
			die("cannot open %s", path);
	}
	ids_now(home_id);
	/* The modules loaded once for the whole run, as in a login program
	 * that keeps them: otherwise every pam_start maps them afresh, and
	 * valgrind reads their debug information each time (~0.3 s a
	 * cycle).  The module's state still lives in each handle only. */
	const char *keep[] = { BIN "/pam_ns.so", PNS_PAM_MODULE_DIR "/pam_permit.so" };
	void *kept[2];
	for (int i = 0; i < 2; i++)
		if (!(kept[i] = dlopen(keep[i], RTLD_NOW | RTLD_LOCAL)))
			die("cannot load %s: %s", keep[i], dlerror());
	char err[1024];
	if (helper(err, sizeof(err), POL "/join.conf", "create", "lab") < 0) {
		fprintf(stderr, "sessions: pam_ns_helper create lab failed: %s\n", err);
		return 1;
	}
	if (stress) {
		stress_mix(n);
		stress_crowd();
		stress_flux(n / 40 > 0 ? n / 40 : 1);
	} else {
		run_cycles(n, argv + 3, argc - 3);
	}
	/* Nothing of ours left open for valgrind's --track-fds. */
	for (int t = 0; t < NS_N; t++)
		close(home_fd[t]);
	close(proc_fd);
	/* The modules stay loaded: a leak report at exit names their
	 * functions only while they are. */
	(void)kept;
	if (failures)
		printf("sessions %s: %d check(s) FAILED\n", argv[1], failures);
	return failures ? 1 : 0;
}
