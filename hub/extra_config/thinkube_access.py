# hub.extraConfig snippet: the chart's jupyterhub_config.py runs it last, with `c` and `get_config`
# in scope. It loads hub/thinkube_access.py (mounted by hub.extraFiles) and registers the policy built
# from the values the project synthesized (custom.thinkube and singleuser.profileList).
import os
import sys

from z2jh import get_config  # noqa: E402  (provided by the chart's hub image)

sys.path.insert(0, os.path.dirname(get_config("hub.extraFiles.thinkube-access.mountPath")))
from thinkube_access import AccessPolicy  # noqa: E402

AccessPolicy.from_values(get_config("custom.thinkube"), get_config("singleuser.profileList", [])).configure(c)  # noqa: F821
