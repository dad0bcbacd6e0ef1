/* Opening pin_dir safely and making it a private mount, once. */
#include "store/store.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/mount.h>
#include <sys/stat.h>

#include "store/pin.h"
#include "common/trust.h"

/* Absolute, no empty/"."/".." components, no trailing slash; not "/". */
static int normalise(const char *in, char *out, size_t size, struct pns_err *e)
{
	if (!in || in[0] != '/')
		return pns_fail(e, 0, "pin_dir \"%s\" is not an absolute path", in ? in : "");
	size_t used = 0;
	const char *p = in;
	while (*p) {
		while (*p == '/')
			p++;
		if (!*p)
			break;
		size_t len = strcspn(p, "/");
		if ((len == 1 && p[0] == '.') || (len == 2 && p[0] == '.' && p[1] == '.'))
			return pns_fail(e, 0, "pin_dir \"%s\" contains \".\" or \"..\"", in);
		if (used + 1 + len >= size)
			return pns_fail(e, ENAMETOOLONG, "pin_dir \"%.64s...\"", in);
		out[used++] = '/';
		memcpy(out + used, p, len);
		used += len;
		p += len;
	}
	out[used] = '\0';
	if (used == 0)
		return pns_fail(e, 0, "pin_dir cannot be \"/\"");
	return 0;
}

/* mountinfo escapes space, tab, newline and backslash as \ooo. */
static void unescape(char *s)
{
	char *w = s;
	for (char *r = s; *r; r++) {
		if (r[0] == '\\' && r[1] >= '0' && r[1] <= '7' && r[2] >= '0' && r[2] <= '7' &&
		    r[3] >= '0' && r[3] <= '7') {
			*w++ = (char)(((r[1] - '0') << 6) | ((r[2] - '0') << 3) | (r[3] - '0'));
			r += 3;
		} else {
			*w++ = *r;
		}
	}
	*w = '\0';
}

/* 0: no mount at path; 1: the top mount there is not shared; 2: it is. */
static int mount_state(const char *path, struct pns_err *e)
{
	cleanup_fclose FILE *f = fopen("/proc/self/mountinfo", "re");
	if (!f)
		return pns_fail(e, errno, "/proc/self/mountinfo");
	cleanup_free char *line = NULL;
	size_t cap = 0;
	int state = 0;
	while (getline(&line, &cap, f) > 0) {
		/* id parent major:minor root mountpoint options [optional...] - ... */
		char *save = NULL, *mp = NULL;
		char *tok = strtok_r(line, " ", &save);
		for (int field = 0; tok && field < 4; field++)
			tok = strtok_r(NULL, " ", &save);
		if (!tok)
			continue;
		mp = tok;
		unescape(mp);
		if (strcmp(mp, path))
			continue;
		/* Later lines are mounted on top of earlier ones. */
		state = 1;
		strtok_r(NULL, " ", &save);	/* mount options */
		while ((tok = strtok_r(NULL, " \n", &save)) && strcmp(tok, "-"))
			if (!strncmp(tok, "shared:", 7))
				state = 2;
	}
	return state;
}

/* Mount a pin of a mount namespace needs a parent mount that does not
 * propagate (the kernel refuses the loop otherwise), so pin_dir becomes a
 * private bind mount of itself.  Serialised by a lock on the directory,
 * and skipped when mountinfo shows it is already done. */
static int make_private(int parent, const char *base, int dirfd, const char *path,
			struct pns_err *e)
{
	if (flock(dirfd, LOCK_EX) < 0)
		return pns_fail(e, errno, "%s: lock", path);
	int state = mount_state(path, e);
	if (state < 0)
		return -1;
	if (state == 0) {
		char fdpath[64];
		snprintf(fdpath, sizeof(fdpath), "/proc/self/fd/%d", dirfd);
		if (mount(fdpath, fdpath, NULL, MS_BIND, NULL) < 0)
			return pns_fail(e, errno, "cannot bind-mount %s onto itself", path);
	}
	if (state != 1) {
		/* The fresh bind mount is on top; reach it by name. */
		cleanup_close int top = openat(parent, base, O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
					       O_CLOEXEC);
		if (top < 0)
			return pns_fail(e, errno, "%s", path);
		char fdpath[64];
		snprintf(fdpath, sizeof(fdpath), "/proc/self/fd/%d", top);
		if (mount(NULL, fdpath, NULL, MS_PRIVATE, NULL) < 0)
			return pns_fail(e, errno, "cannot make %s a private mount", path);
	}
	return 0;
}

int pns_store_open(struct pns_store *s, const char *pin_dir, bool prepare, struct pns_err *e)
{
	s->fd = -1;
	if (normalise(pin_dir, s->pin_dir, sizeof(s->pin_dir), e) < 0)
		return -1;
	char parent_path[PATH_MAX];
	memcpy(parent_path, s->pin_dir, sizeof(parent_path));
	char *slash = strrchr(parent_path, '/');
	const char *base = s->pin_dir + (slash - parent_path) + 1;
	if (slash == parent_path)
		strcpy(parent_path, "/");
	else
		*slash = '\0';

	cleanup_close int parent = pns_open_nofollow(parent_path, O_RDONLY | O_DIRECTORY, e);
	if (parent < 0)
		return -1;
	if (pns_trust_fd(parent, parent_path, 0, S_IFDIR, e) < 0)
		return -1;
	if (prepare && mkdirat(parent, base, 0755) < 0 && errno != EEXIST)
		return pns_fail(e, errno, "cannot create %s", s->pin_dir);
	cleanup_close int fd = openat(parent, base, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0) {
		if (errno == ENOENT && !prepare)
			return 0;
		if (errno == ELOOP || errno == ENOTDIR)
			return pns_fail(e, errno, "%s is not a directory (a symbolic link?)", s->pin_dir);
		return pns_fail(e, errno, "%s", s->pin_dir);
	}
	if (pns_trust_fd(fd, s->pin_dir, 0, S_IFDIR, e) < 0)
		return -1;
	if (!prepare) {
		s->fd = pns_steal_fd(&fd);
		return 0;
	}
	if (make_private(parent, base, fd, s->pin_dir, e) < 0)
		return -1;
	/* Reopen: fd was taken before the bind mount and sees what lies under it. */
	s->fd = openat(parent, base, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (s->fd < 0)
		return pns_fail(e, errno, "%s", s->pin_dir);
	return 0;
}

void pns_store_close(struct pns_store *s)
{
	if (s->fd >= 0)
		close(s->fd);
	s->fd = -1;
}

static const char *scope_word(enum pns_scope per)
{
	switch (per) {
	case PNS_PER_USER:
		return "user";
	case PNS_PER_GROUP:
		return "group";
	case PNS_PER_SHARED:
	default:
		return "";
	}
}

int pns_inst_init(struct pns_inst *i, const char *set, enum pns_scope per, const char *name,
		  struct pns_err *e)
{
	memset(i, 0, sizeof(*i));
	if (!pns_name_valid(set))
		return pns_fail(e, 0, "set name \"%s\" is not valid (letters, digits, '_', '.', '-')",
				set ? set : "");
	strcpy(i->set, set);
	i->per = per;
	if (per == PNS_PER_SHARED)
		return 0;
	if (!pns_name_valid(name))
		return pns_fail(e, 0, "%s name \"%s\" cannot be a path component (letters, digits, "
				"'_', '.', '-'; not \".\" or \"..\")", scope_word(per), name ? name : "");
	strcpy(i->name, name);
	return 0;
}

int pns_inst_rel(const struct pns_inst *i, char *buf, size_t size, struct pns_err *e)
{
	if (i->per == PNS_PER_SHARED)
		return pns_snprintf(e, buf, size, "%s", i->set);
	return pns_snprintf(e, buf, size, "%s/%s/%s", i->set, scope_word(i->per), i->name);
}

const char *pns_inst_label(const struct pns_inst *i, char *buf, size_t size)
{
	if (i->per == PNS_PER_SHARED)
		snprintf(buf, size, "%s", i->set);
	else
		snprintf(buf, size, "%s (%s %s)", i->set, scope_word(i->per), i->name);
	return buf;
}

int pns_inst_netns_name(const struct pns_inst *i, char *buf, size_t size, struct pns_err *e)
{
	if (i->per == PNS_PER_SHARED)
		return pns_snprintf(e, buf, size, "%s", i->set);
	return pns_snprintf(e, buf, size, "%s-%s", i->set, i->name);
}

int pns_store_lock(struct pns_store *s, const struct pns_inst *i, struct pns_err *e)
{
	char name[NAME_MAX + 1];
	/* '@' cannot occur in a valid name, so no two instances share a lock. */
	if (i->per == PNS_PER_SHARED) {
		if (pns_snprintf(e, name, sizeof(name), ".lock-%s", i->set) < 0)
			return -1;
	} else if (pns_snprintf(e, name, sizeof(name), ".lock-%s@%s@%s", i->set,
				scope_word(i->per), i->name) < 0) {
		return -1;
	}
	int fd = openat(s->fd, name, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0)
		return pns_fail(e, errno, "%s/%s", s->pin_dir, name);
	while (flock(fd, LOCK_EX) < 0) {
		if (errno == EINTR)
			continue;
		int saved = errno;
		close(fd);
		return pns_fail(e, saved, "%s/%s: lock", s->pin_dir, name);
	}
	return fd;
}

int pns_store_open_inst(struct pns_store *s, const struct pns_inst *i, struct pns_err *e)
{
	char rel[PATH_MAX];
	if (pns_inst_rel(i, rel, sizeof(rel), e) < 0)
		return -1;
	if (s->fd < 0)
		return pns_fail(e, ENOENT, "%s/%s", s->pin_dir, rel);
	/* One component at a time, none of them a symlink. */
	cleanup_close int cur = fcntl(s->fd, F_DUPFD_CLOEXEC, 3);
	if (cur < 0)
		return pns_fail(e, errno, "%s: dup", s->pin_dir);
	char *save = NULL;
	for (char *c = strtok_r(rel, "/", &save); c; c = strtok_r(NULL, "/", &save)) {
		int next = openat(cur, c, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (next < 0) {
			int saved = errno;
			char full[PATH_MAX];
			pns_inst_rel(i, full, sizeof(full), NULL);
			if (saved == ELOOP || saved == ENOTDIR)
				return pns_fail(e, saved, "%s/%s: not a directory (symbolic link?)",
						s->pin_dir, full);
			return pns_fail(e, saved, "%s/%s", s->pin_dir, full);
		}
		close(cur);
		cur = next;
	}
	return pns_steal_fd(&cur);
}
