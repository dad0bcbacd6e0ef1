/* The layout of the store: the one place that turns an instance into the
 * names it has (store.h). */
#include "store/store.h"

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
				set ? set : "");
	strcpy(i->set, set);
	i->per = per;
	if (per == PNS_PER_SHARED)
		return 0;
	if (!pns_name_valid(name))
		return pns_fail(e, 0, "%s name \"%s\" cannot name an instance of set %s (allowed: "
				"letters, digits, '_', '.', '-'; not \".\" or \"..\")", scope_word(per),
				name ? name : "", set);
	strcpy(i->name, name);
	return 0;
}

int pns_inst_of(struct pns_inst *i, const struct pns_set *set, const char *name, struct pns_err *e)
{
	if (set->external)
		return pns_fail(e, 0, "set %s is pinned by someone else (paths): it is not in the store",
				set->name);
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
