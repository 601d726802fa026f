/**
 * Which person each platform user is: a platform user starts as the user first created for it
 * and can be linked to another, so that one person's accounts on many platforms are one user.
 */
package io.outeract.contract.identity;
