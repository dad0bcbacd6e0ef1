/* What the PAM stacks in /etc/pam.d do with pam_ns: read by check (does a
 * rule's service ever reach the module?), explain --all (which services to
 * show) and manager (does the user manager's stack run it?). */
#ifndef PNS_HELPER_PAMD_H
#define PNS_HELPER_PAMD_H

#include <limits.h>
#include <stdbool.h>

struct pns_strlist;

/* Where Linux-PAM looks for a service's stack: the admin's directory, then
 * the vendor's (pam.conf(5); Debian's libpam 1.5 reads both), and "other"
 * for a service that has neither. */
#define PNS_PAMD_DIR "/etc/pam.d"
#define PNS_PAMD_VENDOR_DIR "/usr/lib/pam.d"

/* How a service's stack uses pam_ns: what `pns_pamd_read` found. */
struct pns_pamd {
	char file[PATH_MAX];	/* the service's own stack file; "" when it has none
				 * (PAM then runs "other" for it) */
	bool sessions;		/* it (or what it includes) has a session line at all: a
				 * login program opens sessions through it */
	bool loads;		/* a session line, in it or what it includes, loads pam_ns.so */
	bool real;		/* one such line runs without dry_run */
	/* The module's config=, helper= and init= on the first such line
	 * (the real one when there is one); "" where it gives none. */
	char config[PATH_MAX], helper[PATH_MAX], init[PATH_MAX];
	char rescue[256];	/* its rescue= (user names, ","), "" for none */
	char line_file[PATH_MAX];	/* the file of that line (common-session, say) */
	char module[PATH_MAX];		/* its module, as written (pam_ns.so, or a path) */
	/* The first pam_ns.so argument the module refuses (pns_options_parse:
	 * every session of the stack then fails), and the file of its line;
	 * "" when every line is fine. */
	char bad[256], bad_file[PATH_MAX];
};

/* Whether a stack opens sessions but runs pam_ns in none of them for real
 * (not at all, or on trial with dry_run): its logins are never isolated,
 * whatever the policy says. */
static inline bool pns_pamd_passes_by(const struct pns_pamd *st)
{
	return st->sessions && !st->real;
}

/*
 * Read the stack of PAM service `service` into *out, as libpam 1.5.2 reads
 * it for the session phase (helper_pamd.c names the libpam function each
 * rule follows).  The stack file is the first of PNS_PAMD_DIR/service and
 * PNS_PAMD_VENDOR_DIR/service that exists, and only if that is a regular
 * file (or a link to one).  A name that is empty, starts with "." or has a
 * "/" or an upper-case letter is no service and has no stack (pam_start
 * keeps what follows the last "/" of a name and lower-cases it; hidden
 * files are no stacks); no path is made from it.  Then every file the stack
 * includes (@include, include, substack: an absolute name as it is, a
 * relative one in the two directories) is read too, each at most once, the
 * first 1 MiB of it, at most 15 substacks deep as libpam allows and 64
 * files deep in all; a FIFO or anything else that is not a regular file is
 * left unread.  Lines are cut and continued as libpam 1.5.2 does it (at most
 * 1023 bytes each, the rest of a longer one a line of its own); the type,
 * include and substack in any case, "-session" as "session", "[...]" as one
 * word without its brackets.  Never fails or blocks: what cannot be read
 * loads nothing.
 */
void pns_pamd_read(const char *service, struct pns_pamd *out);

/* Whether `name` can be a PAM service: pam_start keeps what follows the
 * last "/" of the name a login program gives and lower-cases it, so none
 * with a "/" or an upper-case letter ever is; nor "" or a name starting
 * with "." (hidden files, ".."). */
bool pns_pamd_service_name(const char *name);

/* Whether some service's stack runs pam_ns for real (not dry_run): the
 * module is on.  False too when the stacks cannot be listed. */
bool pns_pamd_any_real(void);

/* Whether PNS_PAMD_DIR or PNS_PAMD_VENDOR_DIR holds a stack for `service`
 * (the file pns_pamd_read would read). */
bool pns_pamd_exists(const char *service);

/*
 * Every service with a stack into *out (empty on entry): the names of the
 * two directories for which pns_pamd_exists, each once (one in PNS_PAMD_DIR
 * hides the same name in PNS_PAMD_VENDOR_DIR), sorted by strcmp.  Returns 0,
 * or -1 with errno ENOMEM and *out empty.  A directory that cannot be read
 * has no services.
 */
int pns_pamd_list(struct pns_strlist *out);

#endif
