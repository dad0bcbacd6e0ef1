/* Shared by the files of the store layer only. */
#ifndef PNS_STORE_INT_H
#define PNS_STORE_INT_H

#include "store/store.h"

/* In a child that has just unshared a mount namespace: make sure its id is
 * above `binder`, the id of the namespace that will pin it, unsharing again
 * as needed (see store_open.c).  0 when binder or the ids are unknown. */
int pns_mnt_id_above(unsigned long long binder, struct pns_err *e);

/* flock(LOCK_EX) on fd, waiting at most PNS_LOCK_WAIT_MS (ETIMEDOUT);
 * `what` names the lock in messages. */
int pns_lock_fd(int fd, const char *what, struct pns_err *e);

#endif
