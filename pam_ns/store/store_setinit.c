/*
 * The init of a pid set, seen from the store: whether it is alive, and
 * telling it to leave once its namespace empties.  The init itself is the
 * program pam_ns-init (pam_ns/init/), started by pns_init_start.  Without
 * it the first login that joins the set's pid namespace would become its
 * PID 1, and the namespace would die (killing everyone inside) when that
 * login ends.
 */
#include "store/store.h"

#include <errno.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef NS_GET_PID_FROM_PIDNS
#define NS_GET_PID_FROM_PIDNS _IOR(0xb7, 0x6, int)
#endif

pid_t pns_pidns_init(int pid_fd)
{
	int pid = ioctl(pid_fd, NS_GET_PID_FROM_PIDNS, 1);
	if (pid > 0)
		return (pid_t)pid;
	return errno == ESRCH ? 0 : -1;
}

int pns_setinit_drain(int pid_fd)
{
	pid_t pid = pns_pidns_init(pid_fd);
	if (pid <= 0)
		return 0;
	cleanup_close int fd = (int)syscall(SYS_pidfd_open, pid, 0);
	/* The pidfd names the process that had that pid when it was opened:
	 * if it is still the namespace's PID 1 now, it is the init (a pid
	 * namespace never gets a second one). */
	if (fd < 0 || pns_pidns_init(pid_fd) != pid)
		return 0;
	return syscall(SYS_pidfd_send_signal, fd, SIGUSR1, NULL, 0) == 0;
}
