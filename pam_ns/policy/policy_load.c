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

#include "common/path.h"

struct loader {
	struct pns_policy *pol;
	struct pns_diag *d;
	uid_t trusted;
	/* PNS_PATH_TRUSTED, or 0 for skip_trust: owner and mode are then
	 * not checked, but a symbolic link is still refused everywhere. */
	unsigned trust;
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
	int fd = pns_path_open(dir_path, PNS_PATH_DIR | l->trust, l->trusted, &e);
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
	pns_strlist_sort(&names);
	for (size_t i = 0; i < names.n; i++) {
		char path[PATH_MAX];
		if (pns_snprintf(&e, path, sizeof(path), "%s/%s", dir_path, names.v[i]) < 0) {
			pns_diag_add(l->d, dir_path, 0, "%s", e.msg);
			continue;
		}
		/* Relative to the directory already walked and checked: the
		 * walker checks it again as the directory the name is looked
		 * up in (no sticky excuse there), then the file. */
		int ffd = pns_path_openat(dirfd(dir), dir_path, names.v[i], PNS_PATH_FILE | l->trust,
					  l->trusted, &e);
		if (ffd < 0)
			pns_diag_add(l->d, NULL, 0, "%s", e.msg);
		else
			parse_fd(l, ffd, path, false);
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
		pns_diag_add(l->d, main_path, 0, "pin_dir %s cannot be used: %s", pin_dir, e.msg);
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

int pns_policy_load(const char *path, const struct pns_load_opts *opts, struct pns_policy **out,
		    struct pns_diag *diag)
{
	struct loader l = {
		.d = diag,
		.trusted = opts ? opts->trusted_uid : 0,
		.trust = opts && opts->skip_trust ? 0 : PNS_PATH_TRUSTED,
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
		if (opts && opts->check_pin_dir)
			check_pin_dir_parent(&l, path);
	}
	if (diag->msgs.n > before) {
		pns_policy_free(l.pol);
		return -1;
	}
	*out = l.pol;
	return 0;
}
