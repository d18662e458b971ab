package org.trustledger.architecture.planted.layers.application.misc;

/** Violation: a package the module table does not know. */
public class ClassOutsideEveryLayer {}
