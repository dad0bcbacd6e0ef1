/* Shared code of the PAM-level tests (pt.h). */
#include "pt.h"

#include <dirent.h>
#include <grp.h>
#include <pwd.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <security/pam_appl.h>

#ifndef CLONE_NEWTIME
#define CLONE_NEWTIME 0x00000080
#endif

const char *const pt_type_name[PT_NTYPES] = { "cgroup", "ipc", "uts", "net", "pid", "time", "mnt" };
const char *const pt_type_entry[PT_NTYPES] = { "cgroup", "ipc", "uts", "net", "pid_for_children",
					       "time_for_children", "mnt" };
const int pt_type_flag[PT_NTYPES] = { CLONE_NEWCGROUP, CLONE_NEWIPC, CLONE_NEWUTS, CLONE_NEWNET,
				      CLONE_NEWPID, CLONE_NEWTIME, CLONE_NEWNS };

pam_handle_t *pt_handle;

/* Holders of pid pins (see make_pin_once), ended when the test exits. */
#define PNS_HOLDERS 32
static struct {
	pid_t pid;
	int release;
} holders[PNS_HOLDERS];
static int nholders;
static pid_t holders_owner;

__attribute__((destructor)) static void release_holders(void)
{
	/* Forked children run destructors too: only the test ends them. */
	if (getpid() != holders_owner)
		return;
	for (int i = 0; i < nholders; i++) {
		close(holders[i].release);
		waitpid(holders[i].pid, NULL, 0);
	}
	nholders = 0;
}

static void die(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
static void die(const char *fmt, ...)
{
	va_list ap;
	int err = errno;
	va_start(ap, fmt);
	fprintf(stderr, "test support: ");
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, ": %s\n", strerror(err));
	abort();
}

const char *pt_dir(void)
{
	const char *d = getenv("PNS_TEST_DIR");
	if (!d || d[0] != '/') {
		fprintf(stderr, "PNS_TEST_DIR is not set: run the PAM tests through tests/pam/run\n");
		abort();
	}
	return d;
}

static char *vformat(const char *fmt, va_list ap)
{
	char *s = NULL;
	if (vasprintf(&s, fmt, ap) < 0)
		die("out of memory");
	return s;
}

char *pt_path(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *rel = vformat(fmt, ap);
	va_end(ap);
	char *p = NULL;
	if (asprintf(&p, "%s/%s", pt_dir(), rel) < 0)
		die("out of memory");
	free(rel);
	return p;
}

void pt_write_file(const char *path, int mode, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *text = vformat(fmt, ap);
	va_end(ap);
	unlink(path);
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode);
	if (fd < 0)
		die("cannot create %s", path);
	size_t len = strlen(text);
	if (write(fd, text, len) != (ssize_t)len)
		die("cannot write %s", path);
	fchmod(fd, (mode_t)mode);
	close(fd);
	free(text);
}

const char *pt_policy(const char *name, const char *fmt, ...)
{
	static char paths[64][512];
	static int used;
	va_list ap;
	va_start(ap, fmt);
	char *body = vformat(fmt, ap);
	va_end(ap);
	char *pins = pt_path("pins");
	mkdir(pins, 0755);
	char *path = pt_path("%s.conf", name);
	pt_write_file(path, 0644, "version = 1;\npin_dir = \"%s/%s\";\n%s", pins, name, body);
	int slot = used < 64 ? used++ : 63;
	snprintf(paths[slot], sizeof(paths[slot]), "%s", path);
	free(pins);
	free(path);
	free(body);
	return paths[slot];
}

void pt_service_raw(const char *service, const char *args)
{
	char *dir = pt_path("pam.d");
	mkdir(dir, 0755);
	char *path = pt_path("pam.d/%s", service);
	const char *module = getenv("PNS_MODULE");
	if (!module)
		die("PNS_MODULE is not set");
	/* libpam reports a stack in which every module said PAM_IGNORE as
	 * PAM_PERM_DENIED, so an ignore of pam_ns would be invisible: here
	 * it falls through to a sentinel that fails with a code pam_ns never
	 * returns (PT_IGNORED), success ends the stack, and anything else
	 * ends it with pam_ns's own code. */
	/* The init of new pid namespaces is the one of the build tree. */
	const char *init = getenv("PNS_INIT");
	pt_write_file(path, 0644,
		      "session [success=done ignore=ignore default=die] %s %s%s%s\n"
		      "session required pam_succeed_if.so quiet user = pam-ns-test-sentinel\n",
		      module, args, init && !strstr(args, "init=") ? " init=" : "",
		      init && !strstr(args, "init=") ? init : "");
	free(path);
	free(dir);
}

void pt_service(const char *service, const char *policy, const char *args)
{
	const char *helper = getenv("PNS_HELPER");
	char *line = NULL;
	if (asprintf(&line, "%s%s helper=%s %s", policy ? "config=" : "", policy ? policy : "",
		     helper ? helper : "/nonexistent/pam_ns_helper", args ? args : "") < 0)
		die("out of memory");
	pt_service_raw(service, line);
	free(line);
}

unsigned long pt_ns_id(const char *path)
{
	struct stat st;
	if (stat(path, &st) < 0)
		return 0;
	return (unsigned long)st.st_ino;
}

unsigned long pt_self_ns(int type)
{
	char path[128];
	snprintf(path, sizeof(path), "/proc/self/ns/%s", pt_type_entry[type]);
	return pt_ns_id(path);
}

/* Through a /proc/self/ns opened before the session: afterwards /proc
 * may show another pid namespace, where this process is not. */
static void read_ids(int nsdir, unsigned long *ids)
{
	for (int t = 0; t < PT_NTYPES; t++) {
		struct stat st;
		ids[t] = fstatat(nsdir, pt_type_entry[t], &st, 0) == 0 ? (unsigned long)st.st_ino : 0;
	}
}

/* The fds open now, as a bitmap of the first 1024.  Not through /proc:
 * with proc = true the session process no longer sees itself there. */
static void fd_set_now(unsigned char *bits)
{
	memset(bits, 0, 128);
	for (int fd = 0; fd < 1024; fd++)
		if (fcntl(fd, F_GETFD) >= 0)
			bits[fd / 8] |= (unsigned char)(1u << (fd % 8));
}

/* What an fd is, for the failure message. */
static void describe_fd(int fd, char *buf, size_t size)
{
	struct stat st;
	if (fstat(fd, &st) < 0) {
		snprintf(buf, size, "?");
		return;
	}
	const char *kind = S_ISSOCK(st.st_mode) ? "socket" : S_ISFIFO(st.st_mode) ? "pipe" :
			   S_ISDIR(st.st_mode) ? "dir" : S_ISREG(st.st_mode) ? "file" : "other";
	snprintf(buf, size, "%s(ino %lu)", kind, (unsigned long)st.st_ino);
}

static int no_conv(int n, const struct pam_message **msg, struct pam_response **resp, void *data)
{
	(void)n, (void)msg, (void)resp, (void)data;
	return PAM_CONV_ERR;
}

static void write_all(int fd, const void *buf, size_t len)
{
	const char *p = buf;
	while (len > 0) {
		ssize_t n = write(fd, p, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return;
		p += n;
		len -= (size_t)n;
	}
}

const char *pt_rhost, *pt_tty;

void pt_session(const char *service, const char *user, pt_fn fn, void *arg, struct pt_result *r,
		char **log)
{
	pt_session_full(service, user, fn, NULL, arg, r, log);
}

void pt_session_full(const char *service, const char *user, pt_fn fn, pt_fn after, void *arg,
		     struct pt_result *r, char **log)
{
	pt_session_hooks(service, user, fn, after, NULL, arg, r, log);
}

void pt_session_hooks(const char *service, const char *user, pt_fn fn, pt_fn after, pt_fn ended,
		      void *arg, struct pt_result *r, char **log)
{
	memset(r, 0, sizeof(*r));
	r->open_rc = r->close_rc = -1;
	int logfd = memfd_create("pam-log", MFD_CLOEXEC);
	int pipefd[2];
	if (logfd < 0 || pipe2(pipefd, O_CLOEXEC) < 0)
		die("cannot set up a session child");
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0)
		die("fork");
	if (pid == 0) {
		close(pipefd[0]);
		dup2(logfd, 2);
		char *confdir = pt_path("pam.d");
		struct pam_conv conv = { no_conv, NULL };
		pam_handle_t *h = NULL;
		unsigned char fds_before[128], fds_after[128];
		int nsdir = open("/proc/self/ns", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (nsdir < 0)
			die("cannot open /proc/self/ns");
		read_ids(nsdir, r->before);
		/* The test's own pid and mount namespaces, to go back to
		 * before exit: LeakSanitizer's exit check (make check-asan)
		 * cannot start its tracer from a pid namespace of the
		 * session's, nor find itself in a /proc of the session's. */
		int own_pid = openat(nsdir, "pid", O_RDONLY | O_CLOEXEC);
		int own_mnt = openat(nsdir, "mnt", O_RDONLY | O_CLOEXEC);
		/* Warm NSS up: nss_wrapper keeps its files open once read, and
		 * those fds are not the module's. */
		if (user)
			(void)getpwnam(user);
		(void)getgrnam("root");
		int rc = pam_start_confdir(service, user, &conv, confdir, &h);
		free(confdir);
		if (rc != PAM_SUCCESS) {
			fprintf(stderr, "pam_start_confdir: %d\n", rc);
			r->open_rc = -2;
		} else if ((pt_rhost && pam_set_item(h, PAM_RHOST, pt_rhost) != PAM_SUCCESS) ||
			   (pt_tty && pam_set_item(h, PAM_TTY, pt_tty) != PAM_SUCCESS)) {
			fprintf(stderr, "pam_set_item failed\n");
			r->open_rc = -2;
		} else {
			pt_handle = h;
			fd_set_now(fds_before);
			r->open_rc = pam_open_session(h, 0);
			fd_set_now(fds_after);
			read_ids(nsdir, r->after);
			size_t used = 0;
			for (int fd = 0; fd < 1024; fd++) {
				bool was = fds_before[fd / 8] & (1u << (fd % 8));
				bool is = fds_after[fd / 8] & (1u << (fd % 8));
				if (is && !was) {
					char target[64];
					describe_fd(fd, target, sizeof(target));
					r->leaked_fds++;
					int w = snprintf(r->leaked + used, sizeof(r->leaked) - used, "%d:%s ",
							 fd, target);
					if (w > 0 && (size_t)w < sizeof(r->leaked) - used)
						used += (size_t)w;
				}
			}
			if (fn)
				r->cb = fn(r, arg);
			if (r->open_rc == PAM_SUCCESS)
				r->close_rc = pam_close_session(h, 0);
			if (after)
				r->cb_after = after(r, arg);
			pam_end(h, r->open_rc);
			pt_handle = NULL;
			if (ended)
				r->cb_end = ended(r, arg);
		}
		write_all(pipefd[1], r, sizeof(*r));
		fflush(NULL);
		if (own_pid >= 0)
			(void)setns(own_pid, CLONE_NEWPID);
		if (own_mnt >= 0)
			(void)setns(own_mnt, CLONE_NEWNS);
		exit(0);
	}
	close(pipefd[1]);
	ssize_t got = 0;
	while (got < (ssize_t)sizeof(*r)) {
		ssize_t n = read(pipefd[0], (char *)r + got, sizeof(*r) - (size_t)got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		got += n;
	}
	close(pipefd[0]);
	int status = 0;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (got != (ssize_t)sizeof(*r))
		r->open_rc = -3;
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		r->open_rc = -4;

	off_t size = lseek(logfd, 0, SEEK_END);
	char *text = calloc(1, (size_t)(size > 0 ? size : 0) + 1);
	if (!text)
		die("out of memory");
	if (size > 0 && pread(logfd, text, (size_t)size, 0) < 0)
		die("cannot read the session log");
	close(logfd);
	if (getenv("PNS_TEST_VERBOSE") || r->open_rc < -1)
		fprintf(stderr, "---- session %s/%s (open %d, close %d)\n%s----\n", service, user,
			r->open_rc, r->close_rc, text);
	if (log)
		*log = text;
	else
		free(text);
}

bool pt_log_line(const char *log, ...)
{
	if (!log)
		return false;
	for (const char *line = log; *line;) {
		const char *end = strchr(line, '\n');
		size_t len = end ? (size_t)(end - line) : strlen(line);
		char *copy = strndup(line, len);
		bool all = copy != NULL;
		va_list ap;
		va_start(ap, log);
		for (const char *n; all && (n = va_arg(ap, const char *));)
			all = strstr(copy, n) != NULL;
		va_end(ap);
		free(copy);
		if (all)
			return true;
		if (!end)
			break;
		line = end + 1;
	}
	return false;
}

/* One attempt, the namespace made on `cpu` (-1: anywhere); 0 and the
 * id, or the errno of the bind mount. */
static int make_pin_once(int type, const char *path, int cpu, unsigned long *id)
{
	int go[2], done[2];
	if (pipe2(go, O_CLOEXEC) < 0 || pipe2(done, O_CLOEXEC) < 0)
		die("pipe");
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0)
		die("fork");
	if (pid == 0) {
		close(go[0]);
		close(done[1]);
		if (cpu >= 0) {
			cpu_set_t set;
			CPU_ZERO(&set);
			CPU_SET(cpu, &set);
			sched_setaffinity(0, sizeof(set), &set);
		}
		char c = unshare(pt_type_flag[type]) == 0 ? 'y' : 'n';
		/* A pid namespace can be pinned (and joined) only while it
		 * has a PID 1: keep one, tied to this process. */
		pid_t init = -1;
		if (c == 'y' && type == PT_PID) {
			init = fork();
			if (init == 0) {
				prctl(PR_SET_PDEATHSIG, SIGKILL);
				for (;;)
					pause();
			}
			c = init > 0 ? 'y' : 'n';
		}
		write_all(go[1], &c, 1);
		(void)!read(done[0], &c, 1);
		if (init > 0) {
			kill(init, SIGKILL);
			waitpid(init, NULL, 0);
		}
		_exit(0);
	}
	close(go[1]);
	close(done[0]);
	char c = 'n';
	if (read(go[0], &c, 1) != 1 || c != 'y')
		die("cannot unshare a %s namespace for %s", pt_type_name[type], path);
	close(go[0]);
	char src[128];
	snprintf(src, sizeof(src), "/proc/%d/ns/%s", (int)pid, pt_type_entry[type]);
	int err = mount(src, path, "none", MS_BIND, NULL) < 0 ? errno : 0;
	if (!err && type == PT_PID && nholders < (int)PNS_HOLDERS) {
		/* Its init lives until this test process exits: then the
		 * release pipe closes and the holder reaps it and exits. */
		holders_owner = getpid();
		holders[nholders].pid = pid;
		holders[nholders++].release = done[1];
		*id = pt_ns_id(path);
		return 0;
	}
	close(done[1]);
	waitpid(pid, NULL, 0);
	*id = err ? 0 : pt_ns_id(path);
	return err;
}

unsigned long pt_make_pin(int type, const char *path)
{
	unlink(path);
	int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
	if (fd < 0)
		die("cannot create %s", path);
	close(fd);
	unsigned long id = 0;
	int err = make_pin_once(type, path, -1, &id);
	/* The kernel refuses (EINVAL) to bind a mount namespace whose id is
	 * not above that of the binding process's own, against loops.  In a
	 * user namespace on the 6.18 kernel we test on, a fresh mount
	 * namespace is sometimes refused that way, apparently depending on
	 * the CPU it was made on (ids handed out per CPU?); making it on each
	 * CPU in turn finds one that binds.  Not what these tests are about. */
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	for (int cpu = 0; err == EINVAL && type == PT_MNT && cpu < ncpu && cpu < CPU_SETSIZE; cpu++)
		err = make_pin_once(type, path, cpu, &id);
	if (err) {
		errno = err;
		die("cannot pin a %s namespace at %s", pt_type_name[type], path);
	}
	return id;
}

unsigned long pt_child_ns(const char *name)
{
	int p[2];
	if (pipe2(p, O_CLOEXEC) < 0)
		return 0;
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0)
		return 0;
	if (pid == 0) {
		char path[128];
		snprintf(path, sizeof(path), "/proc/self/ns/%s", name);
		unsigned long id = pt_ns_id(path);
		write_all(p[1], &id, sizeof(id));
		_exit(0);
	}
	close(p[1]);
	unsigned long id = 0;
	if (read(p[0], &id, sizeof(id)) != sizeof(id))
		id = 0;
	close(p[0]);
	waitpid(pid, NULL, 0);
	return id;
}
