/* Loading the policy from disk: the main file, then its drop-ins in sorted
 * order, each opened once without following links, trusted on its fd and
 * parsed from it; then the parent of pin_dir is checked. */
#include "policy/policy_int.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <string.h>

#include "common/trust.h"

struct loader {
	struct pns_policy *pol;
	struct pns_diag *d;
	uid_t trusted;
	bool check;
};

/* Parse the open fd (taken over) as file `path`. */
static void parse_fd(struct loader *l, int fd, const char *path, bool main_file)
{
	FILE *f = fdopen(fd, "r");
	if (!f) {
		pns_diag_add(l->d, path, 0, "cannot read the file: %s", strerror(errno));
		close(fd);
		return;
	}
	pns_policy_parse_stream(l->pol, f, path, main_file, l->d);
	fclose(f);
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
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
		pns_diag_add(l->d, main_path, 0, "drop-in directory: %s", e.msg);
		return;
	}
	int fd = pns_trust_opendir(dir_path, l->trusted, l->check, &e);
	if (fd < 0) {
		if (e.errnum != ENOENT)
			pns_diag_add(l->d, NULL, 0, "%s", e.msg);
		return;
	}
	DIR *dir = fdopendir(fd);
	if (!dir) {
		pns_diag_add(l->d, dir_path, 0, "cannot read the drop-in directory: %s", strerror(errno));
		close(fd);
		return;
	}
	struct pns_strlist names = { 0 };
	struct dirent *de;
	errno = 0;
	while ((de = readdir(dir))) {
		if (is_dropin_name(de->d_name) && pns_strlist_add(&names, de->d_name) < 0)
			break;
		errno = 0;
	}
	if (errno)
		pns_diag_add(l->d, dir_path, 0, "cannot read the drop-in directory: %s", strerror(errno));
	if (names.n)
		qsort(names.v, names.n, sizeof(char *), cmp_names);
	for (size_t i = 0; i < names.n; i++) {
		char path[PATH_MAX];
		if (pns_snprintf(&e, path, sizeof(path), "%s/%s", dir_path, names.v[i]) < 0) {
			pns_diag_add(l->d, dir_path, 0, "%s", e.msg);
			continue;
		}
		int ffd = pns_trust_openat(dirfd(dir), names.v[i], path, S_IFREG, l->trusted, l->check, &e);
		if (ffd < 0)
			pns_diag_add(l->d, NULL, 0, "%s", e.msg);
		else
			parse_fd(l, ffd, path, false);
	}
	pns_strlist_free(&names);
	closedir(dir);
}

/* Whoever may write pin_dir's parent may replace pin_dir and so decide
 * which namespaces sessions join.  Absent is fine: the helper makes it. */
static void check_pin_dir_parent(struct loader *l, const char *main_path)
{
	const char *pin_dir = l->pol->pin_dir;
	const char *slash = strrchr(pin_dir, '/');
	if (pin_dir[0] != '/' || !slash)
		return;
	char parent[PATH_MAX];
	struct pns_err e = { 0 };
	if (pns_snprintf(&e, parent, sizeof(parent), "%.*s", slash == pin_dir ? 1 : (int)(slash - pin_dir),
			 pin_dir) < 0) {
		pns_diag_add(l->d, main_path, 0, "pin_dir: %s", e.msg);
		return;
	}
	int fd = pns_trust_opendir(parent, l->trusted, l->check, &e);
	if (fd >= 0)
		close(fd);
	else if (e.errnum != ENOENT)
		pns_diag_add(l->d, main_path, 0, "pin_dir %s cannot be used: %s", pin_dir, e.msg);
}

/* The main file: its directory is opened first, with no symbolic link
 * anywhere, and trusted, since whoever may write it may swap the file;
 * the file is then opened relative to that directory.  Without trust
 * checks, the old plain open (the repository's path may hold links). */
static int open_main(const struct loader *l, const char *path, struct pns_err *e)
{
	if (!l->check)
		return pns_trust_openat(AT_FDCWD, path, path, S_IFREG, l->trusted, false, e);
	const char *slash = strrchr(path, '/');
	const char *base = slash ? slash + 1 : path;
	char dir[PATH_MAX];
	if (!*base)
		return pns_fail(e, 0, "%s names a directory, not a policy file", path);
	if (!slash)
		strcpy(dir, ".");
	else if (pns_snprintf(e, dir, sizeof(dir), "%.*s", slash == path ? 1 : (int)(slash - path), path) < 0)
		return -1;
	cleanup_close int dfd = pns_trust_opendir(dir, l->trusted, true, e);
	if (dfd < 0) {
		if (e->errnum == ENOENT)
			return -1;
		char why[sizeof(e->msg)];
		snprintf(why, sizeof(why), "%s", e->msg);
		return pns_fail(e, 0, "policy %s lies in a directory that cannot be trusted: %s", path, why);
	}
	return pns_trust_openat(dfd, base, path, S_IFREG, l->trusted, true, e);
}

int pns_policy_load(const char *path, const struct pns_load_opts *opts, struct pns_policy **out,
		    struct pns_diag *diag)
{
	struct loader l = {
		.d = diag,
		.trusted = opts ? opts->trusted_uid : 0,
		.check = !(opts && opts->skip_trust),
	};
	size_t before = diag->msgs.n;
	if (!(l.pol = pns_policy_new())) {
		pns_diag_add(diag, path, 0, "out of memory");
		return -1;
	}
	struct pns_err e = { 0 };
	int fd = open_main(&l, path, &e);
	if (fd < 0) {
		if (e.errnum == ENOENT)
			pns_diag_add(diag, path, 0, "the policy file does not exist");
		else
			pns_diag_add(diag, NULL, 0, "%s", e.msg);
	} else {
		parse_fd(&l, fd, path, true);
		load_dropins(&l, path);
		pns_policy_finish(l.pol, diag);
		check_pin_dir_parent(&l, path);
	}
	if (diag->msgs.n > before) {
		pns_policy_free(l.pol);
		return -1;
	}
	*out = l.pol;
	return 0;
}
