/* /run/netns the way iproute2 sets it up, for sets with ip_netns = true. */
#include "store/store.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/mount.h>
#include <sys/stat.h>

#include "common/path.h"

int pns_run_netns_open(bool prepare, struct pns_err *e)
{
	cleanup_close int run = pns_path_open("/run", PNS_PATH_DIR | PNS_PATH_TRUSTED, 0, e);
	if (run < 0)
		return -1;
	/* (the walker makes it 0755, as ip(8) does, whatever the umask) */
	cleanup_close int fd = pns_path_openat(run, "/run", "netns", PNS_PATH_DIR | PNS_PATH_TRUSTED |
					       (prepare ? PNS_PATH_MKDIR : 0), 0, e);
	if (fd < 0)
		return -1;
	if (!prepare)
		return pns_steal_fd(&fd);
	/* A shared mount, so that an unmount in the host also reaches the
	 * copies inside mount namespaces made later (`ip netns delete` relies
	 * on it).  MS_SHARED fails with EINVAL when it is not a mount yet. */
	char fdpath[64];
	snprintf(fdpath, sizeof(fdpath), "/proc/self/fd/%d", fd);
	if (mount(NULL, fdpath, NULL, MS_SHARED | MS_REC, NULL) == 0)
		return pns_steal_fd(&fd);
	if (errno != EINVAL)
		return pns_fail(e, errno, "cannot make " PNS_RUN_NETNS " a shared mount");
	if (mount(fdpath, fdpath, NULL, MS_BIND | MS_REC, NULL) < 0)
		return pns_fail(e, errno, "cannot bind-mount " PNS_RUN_NETNS " onto itself");
	close(fd);
	fd = pns_path_openat(run, "/run", "netns", PNS_PATH_DIR | PNS_PATH_TRUSTED, 0, e);
	if (fd < 0)
		return -1;
	snprintf(fdpath, sizeof(fdpath), "/proc/self/fd/%d", fd);
	if (mount(NULL, fdpath, NULL, MS_SHARED | MS_REC, NULL) < 0)
		return pns_fail(e, errno, "cannot make " PNS_RUN_NETNS " a shared mount");
	return pns_steal_fd(&fd);
}
