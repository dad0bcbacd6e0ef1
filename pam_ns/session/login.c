/* Resolving who logs in through NSS (files, LDAP, SSSD alike). */
#include "session/login.h"

#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdint.h>
#include <string.h>

/* Buffer size for the *_r lookups: the sysconf hint, grown on ERANGE. */
static size_t nss_bufsize(int name)
{
	long n = sysconf(name);
	return n > 0 ? (size_t)n : 16384;
}

/* The name of gid, into *name.  A gid NSS does not know keeps its number;
 * an NSS failure is an error, never a guess (pns_login_group_name). */
static int group_name(gid_t gid, char **name, struct pns_err *e)
{
	size_t size = nss_bufsize(_SC_GETGR_R_SIZE_MAX);
	for (;;) {
		cleanup_free char *buf = malloc(size);
		struct group gr, *res = NULL;
		if (!buf)
			return pns_fail(e, ENOMEM, "looking up group %u", (unsigned)gid);
		int r = getgrgid_r(gid, &gr, buf, size, &res);
		if (r == ERANGE && size < (1u << 24)) {
			size *= 2;
			continue;
		}
		/* POSIX: unknown is 0 with no result; some modules say ENOENT. */
		if (r != 0 && r != ENOENT)
			return pns_fail(e, r, "looking up group %u", (unsigned)gid);
		if (res) {
			*name = strdup(res->gr_name);
		} else {
			char num[24];
			snprintf(num, sizeof(num), "%u", (unsigned)gid);
			*name = strdup(num);
		}
		return *name ? 0 : pns_fail(e, ENOMEM, "looking up group %u", (unsigned)gid);
	}
}

/* The one getpwnam_r / getgrnam_r loop (pns_nss_known): 1 known, with
 * the group's gid in *gid when `gid` is given and the entry is under
 * `name` itself; 0 unknown; -1 NSS failed. */
static int nss_by_name(const char *name, bool group, gid_t *gid, struct pns_err *e)
{
	size_t size = nss_bufsize(group ? _SC_GETGR_R_SIZE_MAX : _SC_GETPW_R_SIZE_MAX);
	for (;;) {
		cleanup_free char *buf = malloc(size);
		if (!buf)
			return pns_fail(e, ENOMEM, "looking up %s %s", group ? "group" : "user", name);
		struct passwd pw, *pwr = NULL;
		struct group gr, *grr = NULL;
		int r = group ? getgrnam_r(name, &gr, buf, size, &grr) : getpwnam_r(name, &pw, buf, size, &pwr);
		if (r == ERANGE && size < (1u << 24)) {
			size *= 2;
			continue;
		}
		if (r == 0) {
			if (gid && grr) {
				/* Answered for another spelling (SSSD folding
				 * case, winbind adding the domain): matching
				 * compares the names the user's gids have,
				 * and this is not one of them. */
				if (strcmp(grr->gr_name, name))
					return 0;
				*gid = grr->gr_gid;
			}
			return pwr || grr ? 1 : 0;
		}
		/* getgrnam_r(3) lists these for "not found" too; a match must
		 * not take them so (an LDAP or SSSD hiccup would end up as
		 * an unisolated session): only ENOENT.  pns_nss_known, which
		 * only warns, takes them all. */
		if (r == ENOENT || (!gid && (r == ESRCH || r == EBADF || r == EPERM)))
			return 0;
		return pns_fail(e, r, "looking up %s %s", group ? "group" : "user", name);
	}
}

/* Every gid of the user, primary first, growing the buffer as
 * getgrouplist asks: users in thousands of groups are normal with LDAP.
 * The first buffer holds as many as a process may have (NGROUPS_MAX), so
 * the list, a scan of every group with `files`, is made once. */
static gid_t *user_gids(const char *user, gid_t primary, int *count)
{
	long max = sysconf(_SC_NGROUPS_MAX);
	int n = max > 64 && max <= 1 << 16 ? (int)max + 1 : 64;
	for (;;) {
		gid_t *gids = malloc((size_t)n * sizeof(*gids));
		if (!gids)
			return NULL;
		int want = n;
		if (getgrouplist(user, primary, gids, &want) >= 0) {
			*count = want;
			return gids;
		}
		free(gids);
		if (want <= n)	/* failed without asking for more */
			want = n * 2;
		if (want > 1 << 20) {
			errno = E2BIG;
			return NULL;
		}
		n = want;
	}
}

static int gid_cmp(const void *a, const void *b)
{
	gid_t x = *(const gid_t *)a, y = *(const gid_t *)b;
	return x < y ? -1 : x > y;
}

/* Whether gids has a gid twice: sorted, in n log n (a pairwise search
 * would cost 4 million compares for a user in 2,000 groups). */
static bool has_duplicates(const gid_t *gids, size_t n, bool *oom)
{
	cleanup_free gid_t *sorted = malloc((n ? n : 1) * sizeof(*sorted));
	if (!sorted) {
		*oom = true;
		return false;
	}
	memcpy(sorted, gids, n * sizeof(*sorted));
	qsort(sorted, n, sizeof(*sorted), gid_cmp);
	for (size_t i = 1; i < n; i++)
		if (sorted[i] == sorted[i - 1])
			return true;
	return false;
}

static char *dup_or_empty(const char *s)
{
	return strdup(s ? s : "");
}

int pns_login_lookup(struct pns_login *l, const char *user, const char *service,
		     const char *rhost, const char *tty, struct pns_err *e)
{
	memset(l, 0, sizeof(*l));
	if (!user || !*user)
		return pns_fail(e, 0, "no user name");

	size_t size = nss_bufsize(_SC_GETPW_R_SIZE_MAX);
	struct passwd pw, *res = NULL;
	cleanup_free char *buf = NULL;
	for (;;) {
		free(buf);
		buf = malloc(size);
		if (!buf)
			return pns_fail(e, ENOMEM, "looking up user %s", user);
		int r = getpwnam_r(user, &pw, buf, size, &res);
		if (r == ERANGE && size < (1u << 24)) {
			size *= 2;
			continue;
		}
		/* POSIX says "not found" is 0 with no result; some NSS
		 * modules (nss_wrapper among them) say ENOENT instead. */
		if (r != 0 && r != ENOENT)
			return pns_fail(e, r, "looking up user %s", user);
		if (!res)
			return pns_fail(e, 0, "unknown user %s", user);
		break;
	}

	/* Declared before the first goto nomem: a jump past a cleanup
	 * variable's initialisation would free an indeterminate pointer. */
	int count = 0;
	cleanup_free gid_t *gids = NULL;
	l->uid = pw.pw_uid;
	l->gid = pw.pw_gid;
	l->user = strdup(pw.pw_name);
	l->service = dup_or_empty(service);
	l->rhost = dup_or_empty(rhost);
	l->tty = dup_or_empty(tty);
	if (!l->user || !l->service || !l->rhost || !l->tty)
		goto nomem;

	if (!(gids = user_gids(pw.pw_name, pw.pw_gid, &count))) {
		int saved = errno;
		pns_login_free(l);
		return pns_fail(e, saved, "looking up the groups of %s", user);
	}
	l->gids = calloc((size_t)count + 1, sizeof(*l->gids));
	if (!l->gids)
		goto nomem;
	/* getgrouplist puts the primary gid in the list; keep it first and
	 * drop duplicates (glibc drops them, other NSS front ends may not)
	 * so explain shows each group once. */
	bool oom = false, dups = has_duplicates(gids, (size_t)count, &oom);
	if (oom)
		goto nomem;
	l->gids[l->ngroups++] = pw.pw_gid;
	for (int i = 0; i < count; i++) {
		if (gids[i] == pw.pw_gid)
			continue;
		bool seen = false;
		for (int j = 0; dups && j < i && !seen; j++)
			seen = gids[j] == gids[i];
		if (!seen)
			l->gids[l->ngroups++] = gids[i];
	}
	return 0;
nomem:
	pns_fail(e, ENOMEM, "looking up user %s", user);
	pns_login_free(l);
	return -1;
}

const char *pns_login_group_name(struct pns_login *l, size_t i, struct pns_err *e)
{
	if (!l->groups && !(l->groups = calloc(l->ngroups + 1, sizeof(*l->groups)))) {
		pns_fail(e, ENOMEM, "looking up group %u", (unsigned)l->gids[i]);
		return NULL;
	}
	if (!l->groups[i] && group_name(l->gids[i], &l->groups[i], e) < 0)
		return NULL;
	return l->groups[i];
}

int pns_login_name_groups(struct pns_login *l, struct pns_err *e)
{
	for (size_t i = 0; i < l->ngroups; i++)
		if (!pns_login_group_name(l, i, e))
			return -1;
	return 0;
}

/* The index of gid in l->gids, or -1. */
static ssize_t gid_index(const struct pns_login *l, gid_t gid)
{
	for (size_t i = 0; i < l->ngroups; i++)
		if (l->gids[i] == gid)
			return (ssize_t)i;
	return -1;
}

/* Whether name, a number written as "%u" writes it, is a gid of l without a
 * name (then that number is its name: group_name).  0, 1, or -1. */
static int nameless_gid(struct pns_login *l, const char *name, struct pns_err *e)
{
	if (name[0] < '0' || name[0] > '9' || (name[0] == '0' && name[1]))
		return 0;
	char *end = NULL;
	errno = 0;
	unsigned long n = strtoul(name, &end, 10);
	if (errno || *end || n != (gid_t)n)
		return 0;
	ssize_t i = gid_index(l, (gid_t)n);
	if (i < 0)
		return 0;
	const char *own = pns_login_group_name(l, (size_t)i, e);
	return !own ? -1 : !strcmp(own, name);
}

int pns_login_in_group(struct pns_login *l, const char *name, struct pns_err *e)
{
	for (size_t i = 0; i < l->nnamed; i++)
		if (!strcmp(l->named[i].name, name))
			return l->named[i].member;
	gid_t gid = 0;
	int r = nss_by_name(name, true, &gid, e);
	if (r < 0)
		return -1;
	/* A member when the group of that name is one of the user's gids
	 * and the name is that gid's own (getgrgid): an alias, a second
	 * entry for the gid under another name, matched no rule before
	 * either. */
	ssize_t at = r == 1 ? gid_index(l, gid) : -1;
	bool member = false;
	if (at >= 0) {
		const char *own = pns_login_group_name(l, (size_t)at, e);
		if (!own)
			return -1;
		member = !strcmp(own, name);
	}
	if (!member && (r = nameless_gid(l, name, e)) != 0) {
		if (r < 0)
			return -1;
		member = true;
	}
	struct pns_login_named *more = reallocarray(l->named, l->nnamed + 1, sizeof(*more));
	char *copy = strdup(name);
	if (!more || !copy) {
		free(copy);
		if (more)
			l->named = more;
		return pns_fail(e, ENOMEM, "looking up group %s", name);
	}
	l->named = more;
	l->named[l->nnamed++] = (struct pns_login_named){ .name = copy, .member = member };
	return member;
}

void pns_login_free(struct pns_login *l)
{
	free(l->user);
	free(l->service);
	free(l->rhost);
	free(l->tty);
	for (size_t i = 0; l->groups && i < l->ngroups; i++)
		free(l->groups[i]);
	free(l->groups);
	free(l->gids);
	for (size_t i = 0; i < l->nnamed; i++)
		free(l->named[i].name);
	free(l->named);
	memset(l, 0, sizeof(*l));
}

int pns_nss_known(const char *name, bool group, struct pns_err *e)
{
	return nss_by_name(name, group, NULL, e);
}
