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

/* The name of gid, into *name.  A gid NSS does not know keeps its number
 * (it can match a numeric pattern and nothing else); an NSS failure is an
 * error, never a guess: a group rule must not silently stop matching
 * because LDAP or SSSD had a bad moment. */
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

/* Every gid of the user, primary first, growing the buffer as
 * getgrouplist asks: users in thousands of groups are normal with LDAP. */
static gid_t *user_gids(const char *user, gid_t primary, int *count)
{
	int n = 64;
	for (;;) {
		gid_t *gids = calloc((size_t)n, sizeof(*gids));
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

	l->uid = pw.pw_uid;
	l->gid = pw.pw_gid;
	l->user = strdup(pw.pw_name);
	l->service = dup_or_empty(service);
	l->rhost = dup_or_empty(rhost);
	l->tty = dup_or_empty(tty);
	if (!l->user || !l->service || !l->rhost || !l->tty)
		goto nomem;

	int count = 0;
	cleanup_free gid_t *gids = user_gids(pw.pw_name, pw.pw_gid, &count);
	if (!gids) {
		int saved = errno;
		pns_login_free(l);
		return pns_fail(e, saved, "looking up the groups of %s", user);
	}
	l->groups = calloc((size_t)count + 1, sizeof(*l->groups));
	if (!l->groups)
		goto nomem;
	/* getgrouplist puts the primary gid in the list; keep it first and
	 * drop duplicates so explain shows each group once. */
	if (group_name(pw.pw_gid, &l->groups[l->ngroups++], e) < 0)
		goto fail;
	for (int i = 0; i < count; i++) {
		if (gids[i] == pw.pw_gid)
			continue;
		bool seen = false;
		for (int j = 0; j < i && !seen; j++)
			seen = gids[j] == gids[i];
		if (seen)
			continue;
		if (group_name(gids[i], &l->groups[l->ngroups++], e) < 0)
			goto fail;
	}
	return 0;
nomem:
	pns_fail(e, ENOMEM, "looking up user %s", user);
fail:
	pns_login_free(l);
	return -1;
}

void pns_login_free(struct pns_login *l)
{
	free(l->user);
	free(l->service);
	free(l->rhost);
	free(l->tty);
	for (size_t i = 0; i < l->ngroups; i++)
		free(l->groups[i]);
	free(l->groups);
	memset(l, 0, sizeof(*l));
}

int pns_nss_known(const char *name, bool group, struct pns_err *e)
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
		if (r == 0)
			return pwr || grr ? 1 : 0;
		if (r == ENOENT || r == ESRCH || r == EBADF || r == EPERM)
			return 0;
		return pns_fail(e, r, "looking up %s %s", group ? "group" : "user", name);
	}
}
