/* What the helper's store commands (create, delete, list, exec, apply) share. */
#ifndef PNS_HELPER_STORE_H
#define PNS_HELPER_STORE_H

#include <stdbool.h>

#include "helper/helper.h"
#include "policy/policy.h"
#include "store/store.h"

/*
 * The instance of `set_name` that -u USER / -g GROUP name, checked against
 * the set's scope (per = user needs -u, per = group needs -g, a shared or
 * external set takes neither).  With lookup the user or group must exist
 * (NSS) and, for group_from, be one of the set's groups.  Not both user and
 * group (the command table says so).  Prints the error and returns an exit
 * code (PNS_EXIT_OK when *i is filled).
 */
int pns_helper_target(const struct pns_helper_args *args, const struct pns_set *set,
		      const char *user, const char *group, bool lookup, struct pns_inst *i);

/* Open the store of the policy's pin_dir (pns_store_open; make: also make
 * it when there is none); prints the error.  Returns an exit code. */
int pns_helper_store_open(const struct pns_helper_args *args, const struct pns_policy *pol,
			  bool make, struct pns_store *s);

/* Verify every pin of an external set (exists, nsfs, right type), as a
 * login would (pns_join_open); prints why not.  Returns an exit code. */
int pns_helper_check_external(const struct pns_helper_args *args, const struct pns_policy *pol,
			      const struct pns_set *set);

/* Create one instance (no-op when complete); with -v print "created X" or
 * "exists X".  Returns an exit code. */
int pns_helper_create_inst(const struct pns_helper_args *args, struct pns_store *s,
			   const struct pns_set *set, const struct pns_inst *i);

/*
 * Delete the instances in the store of set `name` (NULL: of every set) for
 * which doomed(ctx, instance) says true (NULL: all), each under its lock,
 * going on past a failure; `verb` ("delete", "prune") starts each message,
 * and with -v each one deleted is printed as "<verb>d LABEL".  The delete
 * hook of an instance's set in pol (may be NULL) runs first; a failing one
 * is reported and makes the exit code a failure, the instance is deleted
 * all the same.  *found counts the ones deleted.  Returns an exit code.
 */
int pns_helper_delete_each(const struct pns_helper_args *args, struct pns_store *s,
			   const struct pns_policy *pol, const char *name,
			   bool (*doomed)(const void *ctx, const struct pns_inst *i), const void *ctx,
			   const char *verb, unsigned *found);

/* Print the failure of a delete hook (pns_store_delete's hook_e), when
 * there is one, as "VERB LABEL: ..."; true when there was. */
bool pns_helper_delete_hook_failed(const struct pns_helper_args *args, const char *verb,
				   const char *label, const struct pns_err *hook, bool deleted);

#endif
