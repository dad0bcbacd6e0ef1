/*
 * The one definition of a complete instance, and the one verdict on a set a
 * login would join (store.h).  The module, explain, exec, create and list
 * all ask here, so they cannot disagree.
 */
#include "store/store.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>

#include "common/path.h"
#include "store/pin.h"

const char *pns_inst_state_name(enum pns_inst_state st)
{
	switch (st) {
	case PNS_INST_ABSENT:
		return "absent";
	case PNS_INST_COMPLETE:
		return "complete";
	case PNS_INST_INCOMPLETE:
	default:
		return "incomplete";
	}
}

void pns_pins_init(struct pns_pins *p)
{
	memset(p, 0, sizeof(*p));
	for (int t = 0; t < PNS_NTYPES; t++)
		p->fd[t] = -1;
}

void pns_pins_close(struct pns_pins *p)
{
	for (int t = 0; t < PNS_NTYPES; t++)
		if (p->fd[t] >= 0)
			close(p->fd[t]);
	pns_pins_init(p);
}

/* Keep fd as the pin of type t. */
static void pins_add(struct pns_pins *p, enum pns_type t, int fd)
{
	struct stat st;
	p->fd[t] = fd;
	p->types |= PNS_BIT(t);
	if (fstat(fd, &st) == 0) {
		p->ids[t] = (unsigned long)st.st_ino;
		p->devs[t] = st.st_dev;
	}
}

static bool marked(int dirfd, time_t *created)
{
	struct stat st;
	if (fstatat(dirfd, PNS_COMPLETE_MARK, &st, AT_SYMLINK_NOFOLLOW) < 0 || !S_ISREG(st.st_mode))
		return false;
	if (created)
		*created = st.st_mtime;
	return true;
}

int pns_inst_open(struct pns_store *s, const struct pns_inst *i, unsigned types,
		  struct pns_pins *pins, struct pns_inst_status *st, struct pns_err *e)
{
	char rel[PATH_MAX], rel_label[600], label[PNS_ESC_MAX];
	memset(st, 0, sizeof(*st));
	st->state = PNS_INST_ABSENT;
	struct pns_pins local;
	pns_pins_init(&local);
	if (pins)
		pns_pins_init(pins);
	if (pns_inst_rel(i, rel, sizeof(rel), e) < 0)
		return -1;
	/* The label goes into sentences only: escaped once, here. */
	pns_escape(label, sizeof(label), pns_inst_label(i, rel_label, sizeof(rel_label)));
	if (s->root < 0) {
		pns_fail(&st->why, 0, "set %s does not exist (no set has been made under %s yet)", label,
			 PNS_ESC(s->pin_dir));
		return 0;
	}
	/* Nobody but root can search the store's root (open_root checked
	 * it), so nobody else can have chosen anything below it: one lookup,
	 * still refusing links, other mounts and anything but a directory. */
	struct pns_err oe = { 0 };
	cleanup_close int dirfd = pns_path_openat(s->root, "store:", rel,
						  PNS_PATH_DIR | PNS_PATH_PRIVATE, 0, &oe);
	if (dirfd < 0 && oe.errnum == ENOENT) {
		pns_fail(&st->why, 0, "set %s does not exist", label);
		return 0;
	}
	if (dirfd < 0) {
		*e = oe;
		return -1;
	}
	st->state = PNS_INST_INCOMPLETE;
	if (!marked(dirfd, &st->created)) {
		pns_fail(&st->why, 0, "set %s is incomplete: it has no %s (being made, or left by a "
			 "crash; `pam_ns_helper create` makes it again)", label, PNS_COMPLETE_MARK);
		return 0;
	}
	if (!types)	/* not known from the policy: the pins that are there */
		for (int t = 0; t < PNS_NTYPES; t++)
			if (faccessat(dirfd, pns_types[t].name, F_OK, AT_SYMLINK_NOFOLLOW) == 0)
				types |= PNS_BIT(t);
	if (!types) {
		pns_fail(&st->why, 0, "set %s is incomplete: it has no pin at all", label);
		return 0;
	}
	char dir_name[PATH_MAX + 8];
	snprintf(dir_name, sizeof(dir_name), "store:/%s", rel);
	for (int t = 0; t < PNS_NTYPES; t++) {
		if (!(types & PNS_BIT(t)))
			continue;
		struct pns_err pe = { 0 };
		int fd = pns_pin_open_in_store(dirfd, dir_name, pns_types[t].name, (enum pns_type)t, &pe);
		if (fd < 0) {
			pns_pins_close(&local);
			/* The marker gone meanwhile: deleted while we looked, not
			 * broken. */
			if (!marked(dirfd, NULL))
				pns_fail(&st->why, 0, "set %s was deleted while it was being opened",
					 label);
			else
				pns_fail(&st->why, 0, "set %s is incomplete: %s (`pam_ns_helper create` "
					 "makes it again)", label, pe.msg);
			return 0;
		}
		pins_add(&local, (enum pns_type)t, fd);
	}
	/* A pid namespace whose init was killed has lost everyone inside and
	 * can never be joined again (fork fails there): not usable. */
	if ((local.types & PNS_BIT(PNS_PID)) && pns_pidns_init(local.fd[PNS_PID]) == 0) {
		pns_pins_close(&local);
		pns_fail(&st->why, 0, "set %s is incomplete: its pid namespace has lost its init (was "
			 "it killed?), and everything inside with it (`pam_ns_helper create` makes it "
			 "again)", label);
		return 0;
	}
	/* Every pin came through dirfd: if the marker is still there now, they
	 * are all of this one instance, not half of one deleted meanwhile. */
	if (!marked(dirfd, NULL)) {
		pns_pins_close(&local);
		pns_fail(&st->why, 0, "set %s was deleted while it was being opened", label);
		return 0;
	}
	st->state = PNS_INST_COMPLETE;
	if (pins)
		*pins = local;
	else
		pns_pins_close(&local);
	return 0;
}

/* An external set: every path of it, opened like a pin (trusted, no link,
 * nsfs of its type). */
static void open_external(const struct pns_set *set, struct pns_pins *pins, struct pns_inst_status *st)
{
	struct pns_pins local;
	pns_pins_init(&local);
	st->state = PNS_INST_COMPLETE;
	for (int t = 0; t < PNS_NTYPES; t++) {
		if (!set->paths[t])
			continue;
		struct pns_err pe = { 0 };
		int fd = pns_pin_openat(AT_FDCWD, NULL, set->paths[t], (enum pns_type)t, true, &pe);
		if (fd < 0) {
			st->state = pe.errnum == ENOENT ? PNS_INST_ABSENT : PNS_INST_INCOMPLETE;
			pns_fail(&st->why, 0, "set %s (pinned by someone else) is not usable: %s",
				 PNS_ESC(set->name), pe.msg);
			pns_pins_close(&local);
			return;
		}
		pins_add(&local, (enum pns_type)t, fd);
	}
	if (pins)
		*pins = local;
	else
		pns_pins_close(&local);
}

int pns_join_open(const char *pin_dir, const struct pns_set *set, const char *instance,
		  struct pns_pins *pins, struct pns_inst_status *st, struct pns_err *e)
{
	memset(st, 0, sizeof(*st));
	if (pins)
		pns_pins_init(pins);
	if (set->external) {
		open_external(set, pins, st);
		return 0;
	}
	struct pns_inst i;
	if (pns_inst_of(&i, set, instance, e) < 0)
		return -1;
	struct pns_store s;
	int rc = pns_store_open(&s, pin_dir, 0, e);
	if (rc == 0)
		rc = pns_inst_open(&s, &i, set->types, pins, st, e);
	pns_store_close(&s);
	return rc;
}

const char *pns_join_verdict(const struct pns_set *set, const struct pns_inst_status *st, bool create,
			     char *buf, size_t size)
{
	if (st->state == PNS_INST_COMPLETE)
		snprintf(buf, size, "set %s is complete", PNS_ESC(set->name));
	else if (create && !set->external)
		snprintf(buf, size, "%s; the login creates it (create = true)", st->why.msg);
	else if (st->state == PNS_INST_ABSENT && !set->external)
		snprintf(buf, size, "%s, and the rule does not create it (create = true, or "
			 "pam_ns_helper create)", st->why.msg);
	else
		snprintf(buf, size, "%s", st->why.msg);
	return buf;
}
