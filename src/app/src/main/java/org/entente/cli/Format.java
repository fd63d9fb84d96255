package org.entente.cli;

/** Output formats: text for people, JSON for programs. */
public enum Format { text, json }
