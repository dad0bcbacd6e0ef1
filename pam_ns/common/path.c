/* The one path walker of pam_ns, declared in path.h.
 *
 * Why a walker of our own instead of open(2) or openat2(2): a root program
 * that opens an admin's file must know that nobody else could have chosen
 * what it opens.  Opening one component at a time from the directory before
 * it, O_PATH|O_NOFOLLOW, lets every step be checked with fstat on the fd
 * that the next step is opened from, so nothing can be swapped between a
 * check and its use, a symbolic link anywhere is seen (and refused) rather
 * than followed, and nothing is opened for I/O before its type is known. */
#include "common/path.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <linux/openat2.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

/* Room for a path in a message: more would not fit in struct pns_err. */
#define SHOWN 1024

/* snprintf for names in messages: silently cut at `size`, since the
 * message they go into (struct pns_err) is shorter still. */
static void show(char *buf, size_t size, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void show(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	if (vsnprintf(buf, size, fmt, ap) < 0)
		buf[0] = '\0';
	va_end(ap);
}

/* One walk: what the messages need to name things the way the caller wrote
 * them. */
struct walk {
	const char *dir_name;	/* printed before a relative path, or NULL */
	const char *path;	/* as given */
	bool relative;
	bool at_cwd;
	unsigned flags;
	uid_t trusted;
	char whole[SHOWN];	/* the whole path, for messages */
};

/* The name of the path up to `end` (a pointer into w->path), as the
 * caller would write it; `end == w->path` names the starting directory. */
static void raw_name_upto(const struct walk *w, const char *end, char *buf, size_t size)
{
	int len = (int)(end - w->path);
	if (!w->relative) {
		show(buf, size, "%.*s", len ? len : 1, w->path);
		return;
	}
	const char *dir = w->dir_name ? w->dir_name : w->at_cwd ? "." : NULL;
	if (!dir) {
		show(buf, size, "%.*s", len, w->path);
		if (!len)
			show(buf, size, "the directory it is opened from");
		return;
	}
	/* "./x" says nothing "x" does not: a plain relative path from the
	 * cwd is shown as given. */
	if (!w->dir_name && len) {
		show(buf, size, "%.*s", len, w->path);
		return;
	}
	size_t dlen = strlen(dir);
	bool slash = dlen && dir[dlen - 1] == '/';
	show(buf, size, "%s%s%.*s", dir, len && !slash ? "/" : "", len, w->path);
}

/* The same, escaped (pns_escape): every message of the walker names paths
 * through here, and a path may come from a policy or a user. */
static void name_upto(const struct walk *w, const char *end, char *buf, size_t size)
{
	char raw[SHOWN];
	raw_name_upto(w, end, raw, sizeof(raw));
	pns_escape(buf, size, raw);
}

/* Whether the component ending at `end` is the last one of the path: only
 * slashes, if anything, follow. */
static bool is_whole(const char *end)
{
	return !end[strspn(end, "/")];
}

/* "P" when the component is the whole path, "P (on the way to W)" when it
 * is a directory higher up: the admin sees both what to fix and why it
 * matters. */
static void describe(const struct walk *w, const char *end, char *buf, size_t size)
{
	if (is_whole(end)) {
		show(buf, size, "%s", w->whole);
		return;
	}
	char comp[SHOWN];
	name_upto(w, end, comp, sizeof(comp));
	show(buf, size, "%s (on the way to %s)", comp, w->whole);
}

/*
 * In a user namespace other than the initial one, a file whose owner the
 * namespace does not map shows the overflow uid (user_namespaces(7)): "/"
 * and everything else of the real root look like that to an unprivileged
 * user's namespace, as do files of users outside it.  Nobody inside can be
 * that owner, so such a directory is passed through like a sticky one (only
 * into an entry of root or `trusted`); in the initial user namespace, where
 * every uid is mapped and uid 65534 is the real user nobody, never.
 */
static bool unmapped_owner(uid_t uid)
{
	static int nested = -1;		/* in a user namespace other than the initial one */
	static uid_t overflow = 65534;
	if (nested < 0) {
		char map[64] = "";
		cleanup_fclose FILE *f = fopen("/proc/self/uid_map", "re");
		unsigned long inside = 0, outside = 0, count = 0;
		nested = !(f && fgets(map, sizeof(map), f) &&
			   sscanf(map, "%lu %lu %lu", &inside, &outside, &count) == 3 && inside == 0 &&
			   outside == 0 && count == 4294967295UL);
		cleanup_fclose FILE *o = fopen("/proc/sys/kernel/overflowuid", "re");
		unsigned long v;
		if (o && fscanf(o, "%lu", &v) == 1)
			overflow = (uid_t)v;
	}
	return nested && uid == overflow;
}

static bool owner_ok(const struct stat *st, uid_t trusted, bool passing)
{
	return st->st_uid == 0 || st->st_uid == trusted ||
	       (passing && S_ISDIR(st->st_mode) && unmapped_owner(st->st_uid));
}

/* A trust check failed for the component ending at `end`: "P is ..." when
 * it is the result itself, "W lies in a directory that cannot be trusted:
 * P is ..." when it is a directory on the way, since the admin asked about
 * W and has to learn both that and what to fix. */
static int refuse_trust(const struct walk *w, const char *end, const char *problem,
			const char *hint, struct pns_err *e)
{
	if (is_whole(end))
		return pns_refuse(e, EPERM, "%s %s: refusing to trust it%s", w->whole, problem, hint);
	char comp[SHOWN];
	name_upto(w, end, comp, sizeof(comp));
	return pns_refuse(e, EPERM, "%s lies in a directory that cannot be trusted: %s %s: "
		      "refusing to trust it%s", w->whole, comp, problem, hint);
}

/* The owner rule of PNS_PATH_TRUSTED, for anything on the way; `passing`
 * for a directory the walk goes through to reach another one. */
static int check_owner(const struct walk *w, const char *end, const struct stat *st, bool passing,
		       struct pns_err *e)
{
	if (!(w->flags & PNS_PATH_TRUSTED) || owner_ok(st, w->trusted, passing))
		return 0;
	char problem[96];
	if (w->trusted != 0)
		show(problem, sizeof(problem), "is owned by uid %u, not root or uid %u",
		     (unsigned)st->st_uid, (unsigned)w->trusted);
	else
		show(problem, sizeof(problem), "is owned by uid %u, not root", (unsigned)st->st_uid);
	return refuse_trust(w, end, problem, "", e);
}

/* The write rule of PNS_PATH_TRUSTED.  `passing` is set for a directory
 * the walk only goes through to reach another directory: only there may a
 * sticky bit excuse group/other write access, because in a sticky
 * directory nobody but the owner of an entry (root or trusted, checked by
 * check_owner on that entry) may rename or remove it.  The directory the
 * last component is looked up in gets no such excuse: anyone could create
 * that name before it exists.  Nor does the result itself. */
static int check_mode(const struct walk *w, const char *end, const struct stat *st, bool passing,
		      struct pns_err *e)
{
	if (!(w->flags & PNS_PATH_TRUSTED) || !(st->st_mode & (S_IWGRP | S_IWOTH)))
		return 0;
	if (passing && S_ISDIR(st->st_mode) && (st->st_mode & S_ISVTX))
		return 0;
	char problem[96];
	show(problem, sizeof(problem), "is writable by group or others (mode %04o)",
	     (unsigned)(st->st_mode & 07777));
	/* A sticky directory (/tmp) is writable by all by design: the fix is
	 * to keep the file out of it, not to change it. */
	return refuse_trust(w, end, problem, S_ISDIR(st->st_mode) && (st->st_mode & S_ISVTX) ?
			    "; it is shared by design (sticky): use a directory of root's own, one level "
			    "down at least" : "; make it writable by its owner only (chmod go-w)", e);
}

/* Refuse a symbolic link, whichever component it is. */
static int refuse_link(const struct walk *w, const char *end, bool last, struct pns_err *e)
{
	char comp[SHOWN];
	name_upto(w, end, comp, sizeof(comp));
	const char *what = w->flags & PNS_PATH_DIR ? "directory"
			   : w->flags & PNS_PATH_FILE ? "file" : "path";
	if (last)
		return pns_refuse(e, ELOOP, "%s is a symbolic link: refusing to follow it "
			      "(name the real %s)", comp, what);
	/* The wording of the older per-directory check, which the admin
	 * documentation and tests know; the link itself is named after it. */
	return pns_refuse(e, ELOOP, "%s is a symbolic link or lies under one (%s): refusing to follow it "
		      "(name the real path)", w->whole, comp);
}

/* Open `name` in `dir` O_PATH, creating it first when the flags ask for
 * that and it is missing.  -1 and errno on failure (not *e: the caller
 * words the message). */
static int open_component(int dir, const char *name, bool last, const struct walk *w)
{
	int fd = openat(dir, name, O_PATH | O_NOFOLLOW | O_CLOEXEC);
	if (fd >= 0 || errno != ENOENT)
		return fd;
	bool want_dir = !last || (w->flags & PNS_PATH_DIR);
	if (want_dir && (w->flags & PNS_PATH_MKDIR)) {
		/* EEXIST: someone made it meanwhile; whatever it is, it is
		 * checked below like anything that was there before. */
		if (mkdirat(dir, name, 0755) == 0) {
			/* 0755 whatever the umask of the login program that
			 * runs us (pam_umask, UMASK 077 in login.defs). */
			int nd = openat(dir, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
			int ok = nd >= 0 && fchmod(nd, 0755) == 0;
			if (nd >= 0)
				close(nd);
			if (!ok)
				return -1;
		} else if (errno != EEXIST) {
			return -1;
		}
	} else if (last && (w->flags & PNS_PATH_FILE) && (w->flags & PNS_PATH_CREATE)) {
		/* O_EXCL|O_NOFOLLOW: never through a link planted meanwhile;
		 * O_RDONLY: it is empty, nothing is written here. */
		int nfd = openat(dir, name, O_CREAT | O_EXCL | O_NOFOLLOW | O_RDONLY | O_CLOEXEC, 0600);
		if (nfd < 0 && errno != EEXIST)
			return -1;
		if (nfd >= 0)
			close(nfd);
	} else {
		errno = ENOENT;
		return -1;
	}
	return openat(dir, name, O_PATH | O_NOFOLLOW | O_CLOEXEC);
}

/* The last component, checked O_PATH as `pfd` (stat `st`, name `name` in
 * `parent`), made into the fd the caller asked for with PNS_PATH_DIR or
 * PNS_PATH_FILE. */
static int finish(const struct walk *w, int parent, const char *name, int pfd,
		  const struct stat *st, struct pns_err *e)
{
	char who[SHOWN];
	name_upto(w, w->path + strlen(w->path), who, sizeof(who));
	if (w->flags & PNS_PATH_FILE) {
		/* Through /proc/self/fd, never by name again: the name could
		 * meanwhile be a FIFO (the open would block) or a device
		 * (opening it may do something); the fd can only be the
		 * regular file that was checked. */
		return pns_path_reopen(pfd, O_RDONLY, who, e);
	}
	/* A directory is reopened by name with O_DIRECTORY|O_NOFOLLOW, then
	 * compared with what was checked: O_DIRECTORY makes the kernel refuse
	 * anything but a directory before opening it, so a swap cannot get a
	 * FIFO or device opened, and a swapped directory is caught by the
	 * comparison.  Unlike a reopen through /proc/self/fd this works
	 * without /proc, which a process in a fresh mount namespace may not
	 * have yet (pns_setup_etc_netns runs there). */
	cleanup_close int fd = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return pns_fail(e, errno, "cannot open the directory %s", who);
	struct stat now;
	if (fstat(fd, &now) < 0)
		return pns_fail(e, errno, "cannot stat %s", who);
	if (now.st_dev != st->st_dev || now.st_ino != st->st_ino)
		return pns_fail(e, EAGAIN, "%s was replaced while it was being opened", who);
	return pns_steal_fd(&fd);
}

/* The type the caller wants of the last component. */
static int check_type(const struct walk *w, const struct stat *st, struct pns_err *e)
{
	char who[SHOWN];
	name_upto(w, w->path + strlen(w->path), who, sizeof(who));
	if ((w->flags & PNS_PATH_DIR) && !S_ISDIR(st->st_mode))
		return pns_refuse(e, ENOTDIR, "%s is not a directory", who);
	if ((w->flags & PNS_PATH_FILE) && !S_ISREG(st->st_mode))
		return pns_refuse(e, S_ISDIR(st->st_mode) ? EISDIR : EINVAL,
			      "%s is not a regular file: refusing to read it", who);
	return 0;
}

/* PNS_PATH_PRIVATE: the whole path in one openat2 call beneath dirfd. */
static int open_private(const struct walk *w, int dirfd, struct pns_err *e)
{
	struct open_how how = {
		/* No O_NOFOLLOW: RESOLVE_NO_SYMLINKS then refuses a link as the last
		 * component too (ELOOP), where O_DIRECTORY would say ENOTDIR. */
		.flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC,
		.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS | RESOLVE_NO_XDEV,
	};
	int fd = (int)syscall(SYS_openat2, dirfd, w->path[0] ? w->path : ".", &how, sizeof(how));
	if (fd >= 0)
		return fd;
	switch (errno) {
	case ELOOP:
		return pns_refuse(e, ELOOP, "%s is a symbolic link or lies under one: refusing to follow "
				  "it (name the real path)", w->whole);
	case ENOTDIR:
		return pns_refuse(e, ENOTDIR, "%s is not a directory (or lies under something that is "
				  "not one)", w->whole);
	case EXDEV:
		return pns_refuse(e, EXDEV, "%s has a mount point on the way: refusing to cross it",
				  w->whole);
	default:
		return pns_fail(e, errno, "cannot open %s", w->whole);
	}
}

int pns_path_openat(int dirfd, const char *dir_name, const char *path, unsigned flags,
		    uid_t trusted, struct pns_err *e)
{
	if (!path)
		return pns_fail(e, EINVAL, "no path given");
	if (((flags & PNS_PATH_DIR) && (flags & PNS_PATH_FILE)) ||
	    ((flags & PNS_PATH_CREATE) && !(flags & PNS_PATH_FILE)))
		return pns_fail(e, EINVAL, "%s: contradictory flags 0x%x for opening a path", PNS_ESC(path),
				flags);
	if ((flags & PNS_PATH_PRIVATE) && flags != (PNS_PATH_PRIVATE | PNS_PATH_DIR))
		return pns_fail(e, EINVAL, "%s: PNS_PATH_PRIVATE goes with PNS_PATH_DIR alone (flags "
				"0x%x)", path, flags);
	struct walk w = {
		.dir_name = dir_name,
		.path = path,
		.relative = path[0] != '/',
		.at_cwd = dirfd == AT_FDCWD,
		.flags = flags,
		.trusted = trusted,
	};
	name_upto(&w, path + strlen(path), w.whole, sizeof(w.whole));
	/* "." and ".." are refused before anything is opened (or made, with
	 * PNS_PATH_MKDIR): ".." would climb out of a directory already
	 * checked, and neither is ever needed to name a file. */
	for (const char *p = path; *p; ) {
		size_t len = strcspn(p, "/");
		if ((len == 1 && p[0] == '.') || (len == 2 && p[0] == '.' && p[1] == '.'))
			return pns_refuse(e, EINVAL, "%s has a \"%.*s\" component: refusing it; "
				      "name the path without \".\" or \"..\"", w.whole, (int)len, p);
		p += len;
		p += strspn(p, "/");
	}
	if (flags & PNS_PATH_PRIVATE) {
		int fd = open_private(&w, dirfd, e);
		if (fd >= 0 || e->errnum != ENOSYS)
			return fd;
		/* No openat2 (a kernel before 5.6, valgrind 3.19, a seccomp
		 * filter that does not know it): the walk below, a component
		 * at a time with O_NOFOLLOW, refuses links just as well. */
		*e = (struct pns_err){ 0 };
		w.flags = PNS_PATH_DIR;
	}

	/* Our own O_PATH fd of the starting directory, so that every step
	 * below can close the one before it alike (and "" gives an O_PATH fd
	 * like any other walk).  An absolute path starts at "/" whatever
	 * dirfd is, as with openat(2). */
	cleanup_close int cur = -1;
	if (!w.relative)
		cur = open("/", O_PATH | O_DIRECTORY | O_CLOEXEC);
	else
		cur = openat(dirfd, ".", O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (cur < 0) {
		char start[SHOWN];
		name_upto(&w, path, start, sizeof(start));
		return pns_fail(e, errno, "cannot open %s", start);
	}
	struct stat st;
	if (fstat(cur, &st) < 0)
		return pns_fail(e, errno, "cannot stat %s", w.whole);
	/* The start is passed through unless the path names it alone. */
	bool start_passing = path[strspn(path, "/")] != '\0';
	if (check_owner(&w, path, &st, start_passing, e) < 0)
		return -1;

	/* The directory the last component was found in, and its name
	 * there, for finish().  With no component at all (path "" or "/")
	 * the result is the starting directory: "." of itself. */
	cleanup_close int parent = -1;
	char name[NAME_MAX + 1] = ".";
	const char *cur_end = path;	/* where the name of `cur` ends in path */
	bool opened = false;		/* `cur` is the directory itself, not O_PATH */
	for (const char *p = path;;) {
		while (*p == '/')
			p++;
		if (!*p)
			break;
		size_t len = strcspn(p, "/");
		const char *end = p + len, *rest = end;
		while (*rest == '/')
			rest++;
		bool last = !*rest;
		char who[2 * SHOWN];
		if (!S_ISDIR(st.st_mode)) {
			describe(&w, cur_end, who, sizeof(who));
			return pns_refuse(e, ENOTDIR, "%s is not a directory", who);
		}
		if (len > NAME_MAX) {
			describe(&w, end, who, sizeof(who));
			return pns_fail(e, ENAMETOOLONG, "cannot open %s", who);
		}
		/* `cur` is checked for writers now that it is known whether
		 * the walk only passes through it. */
		if (check_mode(&w, cur_end, &st, !last, e) < 0)
			return -1;
		memcpy(name, p, len);
		name[len] = '\0';
		/* A directory asked for is opened as one at once: O_DIRECTORY
		 * makes the kernel refuse anything else before opening it (no
		 * FIFO or device is ever opened), and the fd checked below is
		 * the one handed out, so finish() has nothing to reopen and
		 * compare.  Anything else (missing, a link, not a directory,
		 * not readable) takes the O_PATH way, which words it, or makes
		 * what is missing. */
		int next = -1;
		if (last && (flags & PNS_PATH_DIR))
			next = openat(cur, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		opened = next >= 0;
		if (next < 0)
			next = open_component(cur, name, last, &w);
		if (next < 0) {
			int err = errno;
			describe(&w, end, who, sizeof(who));
			return pns_fail(e, err, "cannot open %s", who);
		}
		pns_closep(&parent);
		parent = cur;
		cur = next;
		cur_end = end;
		if (fstat(cur, &st) < 0)
			return pns_fail(e, errno, "cannot stat %s", w.whole);
		/* O_PATH|O_NOFOLLOW gave the link itself: refuse it here,
		 * before anything is looked up through it. */
		if (S_ISLNK(st.st_mode))
			return refuse_link(&w, end, last, e);
		if (check_owner(&w, end, &st, !last, e) < 0)
			return -1;
		p = end;
	}

	/* The result itself: not writable by others (no sticky excuse), of
	 * the type the caller wants. */
	if (check_mode(&w, cur_end, &st, false, e) < 0 || check_type(&w, &st, e) < 0)
		return -1;
	if (!(flags & (PNS_PATH_DIR | PNS_PATH_FILE)) || opened)
		return pns_steal_fd(&cur);
	return finish(&w, parent >= 0 ? parent : cur, name, cur, &st, e);
}

int pns_path_open(const char *path, unsigned flags, uid_t trusted, struct pns_err *e)
{
	return pns_path_openat(AT_FDCWD, NULL, path, flags, trusted, e);
}

int pns_path_reopen(int opath_fd, int flags, const char *name, struct pns_err *e)
{
	char proc[64];
	snprintf(proc, sizeof(proc), "/proc/self/fd/%d", opath_fd);
	int fd = open(proc, flags | O_CLOEXEC);
	if (fd < 0)
		return pns_fail(e, errno, "cannot reopen %s through %s", name ? PNS_ESC(name) : "a file", proc);
	return fd;
}

int pns_path_normal(const char *what, const char *in, char *out, size_t size, struct pns_err *e)
{
	if (!in || in[0] != '/')
		return pns_fail(e, 0, "%s \"%s\" is not an absolute path", what, PNS_ESC(in ? in : ""));
	size_t used = 0;
	const char *p = in;
	while (*p) {
		while (*p == '/')
			p++;
		if (!*p)
			break;
		size_t len = strcspn(p, "/");
		if ((len == 1 && p[0] == '.') || (len == 2 && p[0] == '.' && p[1] == '.'))
			return pns_fail(e, 0, "%s \"%s\" contains \".\" or \"..\"", what, PNS_ESC(in));
		if (used + 1 + len >= size)
			return pns_fail(e, ENAMETOOLONG, "%s \"%.64s...\"", what, PNS_ESC(in));
		out[used++] = '/';
		memcpy(out + used, p, len);
		used += len;
		p += len;
	}
	if (used == 0)
		return pns_fail(e, 0, "%s cannot be \"/\"", what);
	out[used] = '\0';
	return 0;
}

int pns_path_split(const char *path, char *parent, size_t size, const char **base,
		   struct pns_err *e)
{
	const char *slash = path ? strrchr(path, '/') : NULL;
	if (!slash || !slash[1])
		return pns_fail(e, EINVAL, "%s has no last component to split off",
				PNS_ESC(path));
	/* "/x": the parent is "/" itself, not "". */
	int plen = slash == path ? 1 : (int)(slash - path);
	if (pns_snprintf(e, parent, size, "%.*s", plen, path) < 0)
		return -1;
	*base = slash + 1;
	return 0;
}
