"""The Qt side of sync: the controller (when to sync) and the connect dialog."""
