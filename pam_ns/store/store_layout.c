/* The layout of the store: the one place that turns an instance into the
 * names it has (store.h). */
#include "store/store.h"

#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>

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
				PNS_ESC(set ? set : ""));
	strcpy(i->set, set);
	i->per = per;
	if (per == PNS_PER_SHARED)
		return 0;
	if (!pns_name_valid(name))
		return pns_fail(e, 0, "%s name \"%s\" cannot name an instance of set %s (allowed: "
				"letters, digits, '_', '.', '-'; not \".\" or \"..\")", scope_word(per),
				PNS_ESC(name ? name : ""), PNS_ESC(set));
	strcpy(i->name, name);
	return 0;
}

int pns_inst_of(struct pns_inst *i, const struct pns_set *set, const char *name, struct pns_err *e)
{
	if (set->external)
		return pns_fail(e, 0, "set %s is pinned by someone else (paths): it is not in the store",
				PNS_ESC(set->name));
	return pns_inst_init(i, set->name, set->per, name, e);
}

int pns_inst_rel(const struct pns_inst *i, char *buf, size_t size, struct pns_err *e)
{
	/* A shared instance has a directory of its own too, beside any user/
	 * or group/ an earlier scope of the set left: deleting it always
	 * removes it, so a new instance is never the directory a login that
	 * opened the old one still holds. */
	if (i->per == PNS_PER_SHARED)
		return pns_snprintf(e, buf, size, "sets/%s/shared", i->set);
	return pns_snprintf(e, buf, size, "sets/%s/%s/%s", i->set, scope_word(i->per), i->name);
}

int pns_inst_lock_rel(const struct pns_inst *i, char *buf, size_t size, struct pns_err *e)
{
	/* '@' cannot occur in a valid name, so no two instances share a lock. */
	if (i->per == PNS_PER_SHARED)
		return pns_snprintf(e, buf, size, "locks/%s", i->set);
	return pns_snprintf(e, buf, size, "locks/%s@%s@%s", i->set, scope_word(i->per), i->name);
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

int pns_inst_ids(const struct pns_inst *i, uid_t *uid, gid_t *gid)
{
	if (i->per == PNS_PER_SHARED)
		return 0;
	for (size_t len = 4096; len <= (1u << 20); len *= 2) {
		cleanup_free char *buf = malloc(len);
		if (!buf)
			return 0;
		int rc, known = 0;
		if (i->per == PNS_PER_USER) {
			struct passwd pw, *found = NULL;
			rc = getpwnam_r(i->name, &pw, buf, len, &found);
			if (rc == 0 && found) {
				*uid = pw.pw_uid, *gid = pw.pw_gid;
				known = PNS_INST_UID | PNS_INST_GID;
			}
		} else {
			struct group gr, *found = NULL;
			rc = getgrnam_r(i->name, &gr, buf, len, &found);
			if (rc == 0 && found) {
				*gid = gr.gr_gid;
				known = PNS_INST_GID;
			}
		}
		if (rc != ERANGE)
			return known;
	}
	return 0;
}
