"""Model providers: one module per wire protocol behind one interface."""
