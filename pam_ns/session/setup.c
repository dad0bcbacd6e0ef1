/* Setting up namespaces that were just made, declared in setup.h.  The
 * module and the helper both call these, so each is self-contained. */
#include "session/setup.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <net/if.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/path.h"
#include "common/view.h"

int pns_setup_propagation(enum pns_propagation prop, struct pns_err *e)
{
	unsigned long flag;
	const char *name;
	switch (prop) {
	case PNS_PROP_SLAVE:
		flag = MS_SLAVE, name = "slave";
		break;
	case PNS_PROP_PRIVATE:
		flag = MS_PRIVATE, name = "private";
		break;
	case PNS_PROP_SHARED:
		flag = MS_SHARED, name = "shared";
		break;
	case PNS_PROP_UNCHANGED:
		return 0;
	default:
		return pns_fail(e, EINVAL, "unknown mount propagation %d", (int)prop);
	}
	if (mount("none", "/", "none", MS_REC | flag, NULL) < 0)
		return pns_fail(e, errno, "cannot make the mounts under / %s", name);
	return 0;
}

/* The options of every tmpfs pam_ns mounts: `size` as written (checked
 * first, since it goes into the option string) and one inode per 4 kB of
 * the size it comes to, at least 1024, so that a user cannot fill kernel
 * memory with empty files either. */
static int tmpfs_options(const char *mode, const char *size, char *buf, size_t len, struct pns_err *e)
{
	unsigned long long bytes;
	if (pns_tmpfs_size(size, 0, &bytes, e) < 0)
		return -1;
	unsigned long long inodes = bytes / 4096 > 1024 ? bytes / 4096 : 1024;
	return pns_snprintf(e, buf, len, "mode=%s,size=%s,nr_inodes=%llu", mode, size, inodes);
}

int pns_setup_tmp(const char *size, struct pns_err *e)
{
	char opts[128];
	if (!size)
		size = PNS_TMP_SIZE_DEFAULT;
	if (tmpfs_options("1777", size, opts, sizeof(opts), e) < 0)
		return -1;
	if (mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, opts) < 0)
		return pns_fail(e, errno, "cannot mount a private tmpfs on /tmp (%s)", opts);
	return 0;
}

/* The id of the mount fd lies on. */
static int mount_id(int fd, unsigned long long *id)
{
	struct statx sx;
	if (statx(fd, "", AT_EMPTY_PATH | AT_STATX_DONT_SYNC, STATX_MNT_ID, &sx) < 0)
		return -1;
	if (!(sx.stx_mask & STATX_MNT_ID)) {
		errno = ENOSYS;
		return -1;
	}
	*id = sx.stx_mnt_id;
	return 0;
}

int pns_setup_hold(const char *path, enum pns_propagation prop, struct pns_err *e)
{
	/* Walked without a link, but with no trust check: nothing is written
	 * there, only a mount's propagation changed, in a mount namespace
	 * nobody else is in yet; and /sys and /proc belong to the kernel (in
	 * a user namespace, to an id it does not map). */
	cleanup_close int fd = pns_path_open(path, PNS_PATH_DIR, 0, e);
	if (fd < 0)
		return -1;
	cleanup_close int root = open("/", O_PATH | O_DIRECTORY | O_CLOEXEC);
	unsigned long long id, root_id, up_id;
	if (root < 0 || mount_id(fd, &id) < 0 || mount_id(root, &root_id) < 0)
		return pns_fail(e, errno, "cannot tell which mount holds %s", PNS_ESC(path));
	if (id == root_id)
		return pns_refuse(e, EXDEV, "%s is not a mount of its own: it lies on the mount of /, "
				  "which propagation \"%s\" shares with the host, so a mount on it would "
				  "appear on the host (and making / a slave would stop every propagation "
				  "the admin asked for); make %s a mount of its own on the host, or use "
				  "propagation \"slave\"", PNS_ESC(path), pns_propagation_names[prop], PNS_ESC(path));
	/* Up through ".." to the root of that mount: the directory whose
	 * parent lies on another mount.  Not "/" (checked above), so this
	 * ends at a mount point below it. */
	for (int depth = 0;; depth++) {
		int up = openat(fd, "..", O_PATH | O_DIRECTORY | O_CLOEXEC);
		if (up < 0 || mount_id(up, &up_id) < 0 || depth > 4096) {
			int err = up < 0 ? errno : depth > 4096 ? ELOOP : errno;
			if (up >= 0)
				close(up);
			return pns_fail(e, err, "cannot find the mount point of the mount holding %s", PNS_ESC(path));
		}
		if (up_id != id) {
			close(up);
			break;
		}
		close(fd);
		fd = up;
	}
	/* A slave, not private: what the host mounts there still arrives. */
	struct mount_attr attr = { .propagation = MS_SLAVE };
	if (mount_setattr(fd, "", AT_EMPTY_PATH, &attr, sizeof(attr)) < 0)
		return pns_fail(e, errno, "cannot make the mount holding %s a slave", PNS_ESC(path));
	return 0;
}

int pns_setup_sysfs(enum pns_propagation prop, struct pns_err *e)
{
	if (PNS_PROP_LEAKS(prop)) {
		/* An umount of /sys would propagate to the host's peers of
		 * "/" (its parent); the new sysfs goes on top of the old one,
		 * made a slave first so that the new mount stays here. */
		if (pns_setup_hold("/sys", prop, e) < 0)
			return -1;
	} else if (umount2("/sys", MNT_DETACH) < 0 && errno != EINVAL) {
		/* As ip netns exec: the old sysfs shows the net namespace it
		 * was mounted in.  Detaching may fail when /sys is not a mount
		 * point or is locked (a mount namespace owned by a less
		 * privileged user namespace); mounting on top of it hides it
		 * just as well. */
		return pns_fail(e, errno, "cannot detach /sys");
	}
	if (mount("sysfs", "/sys", "sysfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) < 0)
		return pns_fail(e, errno, "cannot mount a sysfs on /sys for this network namespace");
	return 0;
}

int pns_view_open(const char *name, int *netns_dir, int *etc_dir, struct pns_err *e)
{
	char dir[PATH_MAX];
	*netns_dir = *etc_dir = -1;
	if (!pns_name_valid(name))
		return pns_fail(e, EINVAL, "invalid /etc/netns name \"%s\"", PNS_ESC(name ? name : ""));
	if (pns_snprintf(e, dir, sizeof(dir), "/etc/netns/%s", name) < 0)
		return -1;
	/* Its entries are bound over /etc for the session: the directory
	 * must be the admin's, with no link and no other writer anywhere on
	 * the way, as for the policy; so must /etc, where they go. */
	cleanup_close int fd = pns_path_open(dir, PNS_PATH_DIR | PNS_PATH_TRUSTED, 0, e);
	if (fd < 0)
		return e->errnum == ENOENT ? 0 : -1;
	cleanup_close int etc = pns_path_open("/etc", PNS_PATH_DIR | PNS_PATH_TRUSTED, 0, e);
	if (etc < 0)
		return -1;
	*netns_dir = pns_steal_fd(&fd);
	*etc_dir = pns_steal_fd(&etc);
	return 0;
}

int pns_setup_etc_netns(const char *name, struct pns_err *e)
{
	cleanup_close int dir = -1, etc = -1;
	if (pns_view_open(name, &dir, &etc, e) < 0)
		return -1;
	if (dir < 0)
		return 0;
	char failed[NAME_MAX + 1];
	if (pns_view_apply(dir, etc, failed, sizeof(failed)) < 0)
		return failed[0] ? pns_fail(e, errno, "cannot bind /etc/netns/%s/%s over /etc/%s",
					    PNS_ESC(name), PNS_ESC(failed), PNS_ESC(failed))
				 : pns_fail(e, errno, "cannot read /etc/netns/%s", PNS_ESC(name));
	return 0;
}

int pns_setup_proc(struct pns_err *e)
{
	if (mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) < 0)
		return pns_fail(e, errno, "cannot mount a fresh proc on /proc");
	return 0;
}

int pns_runtime_root_make(struct pns_err *e)
{
	int fd = pns_path_open(PNS_RUNTIME_ROOT, PNS_PATH_DIR | PNS_PATH_TRUSTED | PNS_PATH_MKDIR, 0, e);
	if (fd < 0)
		return -1;
	close(fd);
	return 0;
}

int pns_setup_user_runtime(uid_t uid, gid_t gid, struct pns_err *e)
{
	/* No link on the way: the mount goes where the admin's tree says. */
	cleanup_close int before = pns_path_open(PNS_RUNTIME_ROOT, PNS_PATH_DIR | PNS_PATH_TRUSTED, 0, e);
	if (before < 0)
		return -1;
	/* As logind bounds the real one (RuntimeDirectorySize=). */
	char opts[128];
	if (tmpfs_options("0755", "10%", opts, sizeof(opts), e) < 0)
		return -1;
	if (mount("pam_ns-runtime", PNS_RUNTIME_ROOT, "tmpfs", MS_NOSUID | MS_NODEV, opts) < 0)
		return pns_fail(e, errno, "cannot mount a private tmpfs on " PNS_RUNTIME_ROOT);
	/* Nobody else is in this mount namespace yet: the fresh tmpfs is
	 * ours until the session starts. */
	cleanup_close int root = open(PNS_RUNTIME_ROOT, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	char name[32];
	snprintf(name, sizeof(name), "%lu", (unsigned long)uid);
	if (root < 0 || mkdirat(root, name, 0700) < 0 ||
	    fchownat(root, name, uid, gid, AT_SYMLINK_NOFOLLOW) < 0 || fchmodat(root, name, 0700, 0) < 0)
		return pns_fail(e, errno, "cannot make the runtime directory " PNS_RUNTIME_ROOT "/%s", name);
	return 0;
}

int pns_setup_hostname(const char *name, struct pns_err *e)
{
	if (!pns_hostname_valid(name))
		return pns_fail(e, EINVAL, "\"%s\" is not a valid hostname", PNS_ESC(name ? name : ""));
	if (sethostname(name, strlen(name)) < 0)
		return pns_fail(e, errno, "cannot set the hostname to %s", PNS_ESC(name));
	return 0;
}

int pns_setup_loopback(struct pns_err *e)
{
	int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return pns_fail(e, errno, "cannot open a socket to bring lo up");
	struct ifreq ifr;
	memset(&ifr, 0, sizeof(ifr));
	strcpy(ifr.ifr_name, "lo");
	int rc = 0;
	if (ioctl(fd, SIOCGIFFLAGS, &ifr) < 0) {
		rc = pns_fail(e, errno, "cannot read the flags of lo");
	} else if (!(ifr.ifr_flags & IFF_UP)) {
		ifr.ifr_flags |= IFF_UP;
		if (ioctl(fd, SIOCSIFFLAGS, &ifr) < 0)
			rc = pns_fail(e, errno, "cannot bring lo up");
	}
	close(fd);
	return rc;
}

int pns_setup_new(const struct pns_setup *s, unsigned new_mask, bool net_any, const char *hostname,
		  const char *netns, pns_step_fn step, void *ctx, struct pns_err *e)
{
	if (new_mask & PNS_BIT(PNS_MNT)) {
		if (pns_setup_propagation(s->propagation, e) < 0)
			return -1;
		PNS_STEP(step, ctx, "mount propagation of / set to %s",
			 pns_propagation_names[s->propagation]);
		/* The fresh /proc pam_ns-init mounts goes onto /proc. */
		if ((new_mask & PNS_BIT(PNS_PID)) && s->proc && PNS_PROP_LEAKS(s->propagation)) {
			if (pns_setup_hold("/proc", s->propagation, e) < 0)
				return -1;
			PNS_STEP(step, ctx, "/proc made a slave for the fresh /proc");
		}
		if (s->tmp_private) {
			if (pns_setup_tmp(pns_tmp_size(s), e) < 0)
				return -1;
			PNS_STEP(step, ctx, "private tmpfs mounted on /tmp, size %s", pns_tmp_size(s));
		}
		if (net_any) {
			if (pns_setup_sysfs(s->propagation, e) < 0)
				return -1;
			PNS_STEP(step, ctx, "sysfs remounted on /sys for this network namespace");
			if (netns && netns[0]) {
				if (pns_setup_etc_netns(netns, e) < 0)
					return -1;
				PNS_STEP(step, ctx, "/etc/netns/%s applied over /etc", PNS_ESC(netns));
			}
		}
	}
	if ((new_mask & PNS_BIT(PNS_UTS)) && hostname && hostname[0]) {
		if (pns_setup_hostname(hostname, e) < 0)
			return -1;
		PNS_STEP(step, ctx, "hostname set to %s", PNS_ESC(hostname));
	}
	if ((new_mask & PNS_BIT(PNS_NET)) && s->loopback) {
		if (pns_setup_loopback(e) < 0)
			return -1;
		PNS_STEP(step, ctx, "lo brought up");
	}
	return 0;
}
