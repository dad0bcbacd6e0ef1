/*
 * The one definition of a complete instance.  The marker alone is not
 * enough: pin_dir is a private mount, so the pins exist only in the mount
 * namespace that made them, while the marker is a plain file every mount
 * namespace sees.  A set pinned from a service's private mount namespace
 * looks, from anywhere else, like a marker beside empty regular files.
 */
#include "store/store.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>

#include "store/pin.h"

const char *pns_inst_state_name(enum pns_inst_state st)
{
	switch (st) {
	case PNS_INST_ABSENT:
		return "absent";
	case PNS_INST_COMPLETE:
		return "complete";
	case PNS_INST_ELSEWHERE:
		return "elsewhere";
	case PNS_INST_INCOMPLETE:
	default:
		return "incomplete";
	}
}

int pns_store_state_at(int dirfd, const char *dir_path, unsigned types,
		       struct pns_inst_status *out, struct pns_err *e)
{
	memset(out, 0, sizeof(*out));
	out->state = PNS_INST_INCOMPLETE;
	struct stat dir, st;
	if (fstat(dirfd, &dir) < 0)
		return pns_fail(e, errno, "%s: fstat", dir_path);
	bool marked = fstatat(dirfd, PNS_COMPLETE_MARK, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
		      S_ISREG(st.st_mode);
	if (marked)
		out->created = st.st_mtime;
	if (!types)	/* not known from the policy: the pins that are there */
		for (int t = 0; t < PNS_NTYPES; t++)
			if (fstatat(dirfd, pns_types[t].name, &st, AT_SYMLINK_NOFOLLOW) == 0)
				types |= PNS_BIT(t);
	unsigned live = 0, plain = 0, bad = 0;
	for (int t = 0; t < PNS_NTYPES; t++) {
		if (!(types & PNS_BIT(t)))
			continue;
		char path[PATH_MAX];
		if (pns_snprintf(e, path, sizeof(path), "%s/%s", dir_path, pns_types[t].name) < 0)
			return -1;
		struct pns_err why = { 0 };
		int fd = pns_pin_open(path, (enum pns_type)t, &why);
		if (fd >= 0) {
			close(fd);
			live++;
			continue;
		}
		/* An empty regular file on the directory's own filesystem: no
		 * mount on it here (a pin would be on nsfs). */
		if (fstatat(dirfd, pns_types[t].name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
		    S_ISREG(st.st_mode) && st.st_size == 0 && st.st_dev == dir.st_dev) {
			if (!plain++ && !bad)
				out->why = why;
		} else if (!bad++) {
			out->why = why;	/* the odd one says more than an empty file */
		}
	}
	if (!marked)
		return 0;
	if (live && !plain && !bad) {
		out->state = PNS_INST_COMPLETE;
		out->why = (struct pns_err){ 0 };
	} else if (plain && !live && !bad) {
		out->state = PNS_INST_ELSEWHERE;
		pns_fail(&out->why, 0, "%s is marked complete but its pins are empty files in this "
			 "mount namespace: the set was pinned from another mount namespace (a "
			 "service's private one?) and exists only there.  pam_ns_helper and the "
			 "login programs must share a mount namespace: run `pam_ns_helper delete` "
			 "from the namespace that made it, or `delete --force` here, then create "
			 "it again", dir_path);
	}
	return 0;
}

int pns_store_state(struct pns_store *s, const struct pns_inst *i, unsigned types,
		    struct pns_inst_status *out, struct pns_err *e)
{
	memset(out, 0, sizeof(*out));
	char rel[PATH_MAX], dir_path[PATH_MAX];
	if (pns_inst_rel(i, rel, sizeof(rel), e) < 0 ||
	    pns_snprintf(e, dir_path, sizeof(dir_path), "%s/%s", s->pin_dir, rel) < 0)
		return -1;
	struct pns_err probe = { 0 };
	cleanup_close int dirfd = pns_store_open_inst(s, i, &probe);
	if (dirfd < 0) {
		if (probe.errnum == ENOENT) {
			out->state = PNS_INST_ABSENT;
			return 0;
		}
		*e = probe;
		return -1;
	}
	return pns_store_state_at(dirfd, dir_path, types, out, e);
}

int pns_store_state_path(const char *dir_path, unsigned types, struct pns_inst_status *out,
			 struct pns_err *e)
{
	struct pns_err open_err = { 0 };
	cleanup_close int fd = pns_open_nofollow(dir_path, O_RDONLY | O_DIRECTORY, &open_err);
	if (fd < 0 && open_err.errnum == ENOENT) {
		memset(out, 0, sizeof(*out));
		out->state = PNS_INST_ABSENT;
		return 0;
	}
	if (fd < 0) {
		*e = open_err;
		return -1;
	}
	return pns_store_state_at(fd, dir_path, types, out, e);
}
