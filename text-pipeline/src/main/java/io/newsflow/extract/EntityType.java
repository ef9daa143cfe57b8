package io.newsflow.extract;

/** The entity types Newsflow extracts. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION
}
