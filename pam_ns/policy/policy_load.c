/* Loading the policy from disk: the main file, then its drop-ins in sorted
 * order, each opened once through the path walker (no symbolic link in any
 * component, every directory on the way trusted), checked on its fd and
 * parsed from it; then the parent of pin_dir is checked the same way. */
#include "policy/policy_int.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "common/path.h"

/*
 * One walk over the policy's sources serves two jobs, so that a snapshot is
 * judged current by the very code that would otherwise read the files
 * (same opens, same trust checks, same drop-in names in the same order):
 * loading (pol set: each file is parsed, and what was read is recorded in
 * rec), and checking (want set: each file is compared with what a snapshot
 * recorded, and any difference or failure sets `differs`).
 */
struct loader {
	struct pns_policy *pol;		/* loading */
	struct pns_diag *d;		/* loading: where errors go */
	struct pns_sources *rec;	/* loading: what was read, or NULL */
	const struct pns_sources *want;	/* checking */
	bool differs;			/* checking: not the snapshot's */
	uid_t trusted;
	/* PNS_PATH_TRUSTED, or 0 for skip_trust: owner and mode are then
	 * not checked, but a symbolic link is still refused everywhere. */
	unsigned trust;
	struct pns_budget budget;	/* loading: the limits spanning files */
};

/* A problem with a source: an error when loading, a difference when
 * checking (the full load that follows will say what it is). */
#define LOADER_ERR(l, ...) ((l)->want ? (void)((l)->differs = true) : pns_diag_add((l)->d, __VA_ARGS__))
/* The same for an error whose message is made already (pns_diag_add_err). */
#define LOADER_ERR_E(l, file, e, ...) \
	((l)->want ? (void)((l)->differs = true) : pns_diag_add_err((l)->d, file, 0, e, __VA_ARGS__))

void pns_sources_free(struct pns_sources *s)
{
	pns_strlist_free(&s->names);
	free(s->dropins);
	s->dropins = NULL;
}

/* fd's stat as a snapshot records it, or -1 (errno). */
static int src_stat(int fd, struct pns_src_stat *out)
{
	struct stat st;
	if (fstat(fd, &st) < 0)
		return -1;
	*out = (struct pns_src_stat){
		.dev = st.st_dev, .ino = st.st_ino, .size = (uint64_t)st.st_size,
		.mtime_ns = (int64_t)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec,
		.ctime_ns = (int64_t)st.st_ctim.tv_sec * 1000000000 + st.st_ctim.tv_nsec,
	};
	return 0;
}

/* Record fd's stat into *slot when loading, or compare it with *want when
 * checking.  Stats are taken before parsing: a change made while the file
 * is parsed moves them past what is recorded, never the other way. */
static void take_stat(struct loader *l, int fd, struct pns_src_stat *slot, const struct pns_src_stat *want)
{
	struct pns_src_stat now;
	if (!l->want && !l->rec)
		return;
	if (src_stat(fd, &now) < 0) {
		if (l->want)
			l->differs = true;
		else if (l->rec)
			l->rec->incomplete = true;
		return;
	}
	if (l->want) {
		l->differs |= !want || memcmp(&now, want, sizeof(now)) != 0;
		return;
	}
	if (l->rec && slot) {
		*slot = now;
		if (now.ctime_ns > l->rec->newest_ctime_ns)
			l->rec->newest_ctime_ns = now.ctime_ns;
	}
}

/* Parse the open fd (taken over) as file `path`. */
static void parse_fd(struct loader *l, int fd, const char *path, bool main_file)
{
	if (l->want) {
		close(fd);
		return;
	}
	FILE *f = fdopen(fd, "r");
	if (!f) {
		pns_diag_add(l->d, path, 0, "cannot read the file: %s", strerror(errno));
		close(fd);
		return;
	}
	pns_policy_parse_budget(l->pol, f, path, main_file, l->d, &l->budget);
	fclose(f);
}

static bool is_dropin_name(const char *name)
{
	size_t len = strlen(name);
	return name[0] != '.' && len > 5 && !strcmp(name + len - 5, ".conf");
}

static void load_dropins(struct loader *l, const char *main_path)
{
	char dir_path[PATH_MAX];
	struct pns_err e = { 0 };
	if (pns_policy_dropin_dir(main_path, dir_path, sizeof(dir_path), &e) < 0) {
		LOADER_ERR_E(l, main_path, &e, "drop-in directory");
		return;
	}
	int fd = pns_path_open(dir_path, PNS_PATH_DIR | l->trust, l->trusted, &e);
	if (fd < 0) {
		if (e.errnum != ENOENT)
			LOADER_ERR_E(l, NULL, &e, NULL);
		else if (l->want && l->want->has_dir)
			l->differs = true;
		return;
	}
	if (l->want && !l->want->has_dir)
		l->differs = true;
	if (l->rec)
		l->rec->has_dir = true;
	take_stat(l, fd, l->rec ? &l->rec->dir : NULL, l->want ? &l->want->dir : NULL);
	DIR *dir = fdopendir(fd);
	if (!dir) {
		LOADER_ERR(l, dir_path, 0, "cannot read the drop-in directory: %s", strerror(errno));
		close(fd);
		return;
	}
	struct pns_strlist names = { 0 };
	struct dirent *de;
	errno = 0;
	/* One name more than the limit is enough to refuse them all. */
	while (names.n <= PNS_POLICY_DROPINS_MAX && (de = readdir(dir))) {
		if (is_dropin_name(de->d_name) && pns_strlist_add(&names, de->d_name) < 0)
			break;
		errno = 0;
	}
	if (errno)
		LOADER_ERR(l, dir_path, 0, "cannot read the drop-in directory: %s", strerror(errno));
	if (names.n > PNS_POLICY_DROPINS_MAX) {
		LOADER_ERR(l, dir_path, 0, "the drop-in directory holds more than %d drop-ins (*.conf): "
			   "none is read; put many rules in one file rather than one file each (see "
			   "LIMITS in pam_ns.conf(5))", PNS_POLICY_DROPINS_MAX);
		pns_strlist_free(&names);
	}
	pns_strlist_sort(&names);
	/* Checking: the same names, or not current (an added or removed
	 * drop-in changes what the policy is). */
	if (l->want) {
		l->differs |= names.n != l->want->names.n;
		for (size_t i = 0; i < names.n && !l->differs; i++)
			l->differs = strcmp(names.v[i], l->want->names.v[i]) != 0;
	}
	if (l->rec && !(l->rec->dropins = calloc(names.n ? names.n : 1, sizeof(*l->rec->dropins))))
		l->rec->incomplete = true;
	for (size_t i = 0; i < names.n && !l->differs; i++) {
		char path[PATH_MAX];
		if (pns_snprintf(&e, path, sizeof(path), "%s/%s", dir_path, names.v[i]) < 0) {
			LOADER_ERR_E(l, dir_path, &e, NULL);
			continue;
		}
		/* Relative to the directory already walked and checked: the
		 * walker checks it again as the directory the name is looked
		 * up in (no sticky excuse there), then the file. */
		int ffd = pns_path_openat(dirfd(dir), dir_path, names.v[i], PNS_PATH_FILE | l->trust,
					  l->trusted, &e);
		if (ffd < 0) {
			LOADER_ERR_E(l, NULL, &e, NULL);
			continue;
		}
		take_stat(l, ffd, l->rec && l->rec->dropins ? &l->rec->dropins[i] : NULL,
			  l->want ? &l->want->dropins[i] : NULL);
		parse_fd(l, ffd, path, false);
	}
	if (l->rec && !l->rec->incomplete) {
		l->rec->names = names;
		names = (struct pns_strlist){ 0 };
	}
	pns_strlist_free(&names);
	closedir(dir);
}

/* Whoever may write pin_dir's parent, or any directory above it, may
 * replace pin_dir and so decide which namespaces sessions join.  Absent is
 * fine, at any level: the helper makes it. */
static void check_pin_dir_parent(struct loader *l, const char *main_path)
{
	const char *pin_dir = l->pol->pin_dir, *base;
	char parent[PATH_MAX];
	struct pns_err e = { 0 };
	/* pin_dir is the normalised default or was checked to be normalised
	 * when it was parsed, so it always splits; if not, the parser has
	 * already said why. */
	if (pns_path_split(pin_dir, parent, sizeof(parent), &base, &e) < 0)
		return;
	/* First the parent alone, untrusted: a link or a file on the way is
	 * reported naming the parent, the directory the admin must fix. */
	int fd = pns_path_open(parent, PNS_PATH_DIR, l->trusted, &e);
	if (fd >= 0 && l->trust) {
		/* Then trust, walked to pin_dir itself, not only to its parent:
		 * that way the parent is a directory passed through, and a
		 * sticky directory above it (pin_dir = /tmp/x/pins) is judged
		 * by the owner of what is in it, as when pins are opened.  The
		 * parent as the end of a walk would be refused for lying in
		 * /tmp, whoever owns it.  pin_dir, when it exists, must pass
		 * too: whoever may write it may make the sets' directories. */
		close(fd);
		fd = pns_path_open(pin_dir, PNS_PATH_DIR | l->trust, l->trusted, &e);
	}
	if (fd >= 0) {
		close(fd);
		return;
	}
	if (e.errnum != ENOENT) {
		pns_diag_add_err(l->d, main_path, 0, &e, "pin_dir %s cannot be used", pin_dir);
		return;
	}
	/* Absent: the helper will make it in the nearest directory that
	 * exists, which nobody else may write (not even a sticky one, like
	 * /tmp: there anyone could make it first, and lock everyone out). */
	char up[PATH_MAX];
	snprintf(up, sizeof(up), "%s", pin_dir);
	for (;;) {
		char *slash = strrchr(up, '/');
		if (!slash)
			return;
		slash == up ? (void)(up[1] = '\0') : (void)(*slash = '\0');
		struct stat st;
		if (stat(up, &st) < 0)
			continue;
		if (st.st_mode & (S_IWGRP | S_IWOTH))
			pns_diag_add(l->d, main_path, 0, "pin_dir %s cannot be used: it does not exist, and "
				     "%s, where it would be made, is writable by others (mode %04o): anyone "
				     "could make it first", pin_dir, up, (unsigned)(st.st_mode & 07777));
		return;
	}
}

/* The main file, walked from "/" (or the cwd) with every directory on the
 * way trusted, since whoever may write one of them may swap the file; the
 * walker's message then says "lies in a directory that cannot be trusted"
 * and names the directory. */
static int open_main(const struct loader *l, const char *path, struct pns_err *e)
{
	size_t len = strlen(path);
	if (!len || path[len - 1] == '/')
		return pns_fail(e, 0, "%s names a directory, not a policy file", path);
	return pns_path_open(path, PNS_PATH_FILE | l->trust, l->trusted, e);
}

/* Walk the sources of `path` as the load does, to check them against a
 * snapshot's record. */
bool pns_sources_current(const char *path, const struct pns_load_opts *opts,
			 const struct pns_sources *want)
{
	struct loader l = {
		.want = want,
		.trusted = opts ? opts->trusted_uid : 0,
		.trust = opts && opts->skip_trust ? 0 : PNS_PATH_TRUSTED,
	};
	struct pns_err e = { 0 };
	int fd = open_main(&l, path, &e);
	if (fd < 0)
		return false;
	take_stat(&l, fd, NULL, &want->main);
	close(fd);
	if (!l.differs)
		load_dropins(&l, path);
	return !l.differs;
}

static int64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* After a full load without error: snapshot it, unless a source changed
 * so recently that a second change could leave the same timestamps (the
 * next load will then snapshot it).  Failures only go to snapshot_err. */
static void snapshot(const char *path, const struct pns_load_opts *opts, const struct pns_policy *pol,
		     const struct pns_sources *rec, int64_t began_ns)
{
	struct pns_err e = { 0 };
	if (rec->incomplete)
		pns_fail(&e, 0, "the policy's files could not all be examined: no snapshot of %s", path);
	else if (!opts->snapshot_no_settle &&
		 rec->newest_ctime_ns > began_ns - (int64_t)PNS_SNAP_SETTLE_S * 1000000000)
		return;
	else if (pns_snap_write(path, opts, pol, rec, &e) == 0)
		return;
	if (opts->snapshot_err)
		*opts->snapshot_err = e;
}

int pns_policy_load(const char *path, const struct pns_load_opts *opts, struct pns_policy **out,
		    struct pns_diag *diag)
{
	int64_t began_ns = now_ns();
	struct pns_sources rec = { 0 };
	struct loader l = {
		.d = diag,
		.rec = opts && opts->snapshot_dir ? &rec : NULL,
		.trusted = opts ? opts->trusted_uid : 0,
		.trust = opts && opts->skip_trust ? 0 : PNS_PATH_TRUSTED,
	};
	size_t before = diag->msgs.n;
	struct pns_err e = { 0 };
	/* A current snapshot is the policy as a full load would make it:
	 * only valid policies are snapshotted, so there is nothing to
	 * report but what depends on more than the files (pin_dir). */
	if (l.rec && pns_snap_read(path, opts, &l.pol, &e) == 0) {
		if (opts->check_pin_dir)
			check_pin_dir_parent(&l, path);
		goto out;
	}
	if (!(l.pol = pns_policy_new())) {
		pns_diag_add(diag, path, 0, "out of memory");
		return -1;
	}
	int fd = open_main(&l, path, &e);
	if (fd < 0) {
		if (e.errnum == ENOENT)
			pns_diag_add(diag, path, 0, "the policy file does not exist");
		else
			pns_diag_add_err(diag, NULL, 0, &e, NULL);
	} else {
		take_stat(&l, fd, &rec.main, NULL);
		parse_fd(&l, fd, path, true);
		load_dropins(&l, path);
		pns_policy_finish(l.pol, diag);
		if (opts && opts->check_pin_dir)
			check_pin_dir_parent(&l, path);
		if (opts && l.rec && diag->msgs.n == before)
			snapshot(path, opts, l.pol, &rec, began_ns);
	}
out:
	pns_sources_free(&rec);
	if (diag->msgs.n > before) {
		pns_policy_free(l.pol);
		return -1;
	}
	*out = l.pol;
	return 0;
}
