/* The new mount API's flags (open_tree(2), move_mount(2), Linux 5.2), for
 * headers that lack them: glibc's <sys/mount.h> has them from 2.36, musl's
 * does not, and musl-gcc (pam_ns-init) sees no kernel headers.  Values of
 * <linux/mount.h>.  Include after <fcntl.h> and <sys/mount.h>. */
#ifndef PNS_MOUNTAPI_H
#define PNS_MOUNTAPI_H

#ifndef OPEN_TREE_CLONE
#define OPEN_TREE_CLONE 1
#endif
#ifndef OPEN_TREE_CLOEXEC
#define OPEN_TREE_CLOEXEC O_CLOEXEC
#endif
#ifndef MOVE_MOUNT_F_EMPTY_PATH
#define MOVE_MOUNT_F_EMPTY_PATH 0x00000004
#endif

#endif
