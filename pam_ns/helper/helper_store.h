/* What the helper's store commands (create, delete, list, exec, apply) share. */
#ifndef PNS_HELPER_STORE_H
#define PNS_HELPER_STORE_H

#include <stdbool.h>

#include "helper/helper.h"
#include "policy/policy.h"
#include "store/store.h"

/* The operands and options of create, delete and exec. */
struct pns_target_args {
	const char *set;		/* SET */
	const char *user, *group;	/* -u USER, -g GROUP */
	bool verbose;			/* -v (when 'v' is in flags) */
	bool all;			/* -a, --all (when 'a' is in flags) */
	bool force;			/* -f, --force (when 'f' is in flags) */
};

/*
 * Parse "SET [-u USER | -g GROUP]" plus the flags named in `flags` ("v",
 * "a", "f") from argv (argv[0] is the command).  Returns PNS_EXIT_OK, or -1
 * for --help, or PNS_EXIT_USAGE; the caller prints its usage for the last
 * two.  Only argc arguments are looked at (exec stops at "--").
 */
int pns_helper_parse_target(int argc, char **argv, const char *flags, struct pns_target_args *t);

/*
 * The instance of `set_name` that -u USER / -g GROUP name, checked against
 * the set's scope (per = user needs -u, per = group needs -g, a shared or
 * external set takes neither).  With lookup the user or group must exist
 * (NSS) and, for group_from, be one of the set's groups.  Prints the error
 * and returns an exit code (PNS_EXIT_OK when *i is filled).
 */
int pns_helper_target(const struct pns_helper_ctx *ctx, const struct pns_set *set,
		      const char *user, const char *group, bool lookup, struct pns_inst *i);

/* Open the policy's pin_dir (see pns_store_open); prints the error. */
int pns_helper_store_open(const struct pns_helper_ctx *ctx, const struct pns_policy *pol,
			  bool prepare, struct pns_store *s);

/* Verify every pin of an external set (exists, nsfs, right type); prints
 * each bad path.  Returns an exit code. */
int pns_helper_check_external(const struct pns_helper_ctx *ctx, const struct pns_set *set);

/* Create one instance (no-op when complete); with verbose print
 * "created X" or "exists X".  Returns an exit code. */
int pns_helper_create_inst(const struct pns_helper_ctx *ctx, const struct pns_policy *pol,
			   struct pns_store *s, const struct pns_set *set, const struct pns_inst *i,
			   bool verbose);

/* Delete every instance of set `name` found under pin_dir; *found counts
 * them.  Returns an exit code. */
int pns_helper_delete_all(const struct pns_helper_ctx *ctx, struct pns_store *s, const char *name,
			  bool force, unsigned *found);

#endif
