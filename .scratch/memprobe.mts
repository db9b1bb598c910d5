// one-off: watch the app's memory parts after a burst
