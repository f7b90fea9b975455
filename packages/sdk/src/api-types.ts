// Generated from the API’s OpenAPI document by apps/server/scripts/write-openapi-types.ts. Do not edit.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process is up */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: database reachable and migrated, Redis reachable when configured */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: "ok" | "unavailable";
                            checks: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: "ok" | "unavailable";
                            checks: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Staff sign-in (sets the staff session cookie) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: email
                         * @description Email address
                         */
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            staff: {
                                id: string;
                                email: string;
                                name: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "catalog" | "support";
                                active: boolean;
                                permissions: string[];
                                /** Format: date-time */
                                createdAt: string;
                            };
                            csrfToken: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ends the staff session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in staff member and their CSRF token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            staff: {
                                id: string;
                                email: string;
                                name: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "catalog" | "support";
                                active: boolean;
                                permissions: string[];
                                /** Format: date-time */
                                createdAt: string;
                            };
                            csrfToken: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List staff */
        get: {
            parameters: {
                query: {
                    /** @description Page size, at most 100 */
                    limit: number;
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                email: string;
                                name: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "catalog" | "support";
                                active: boolean;
                                permissions: string[];
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a staff member */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: email
                         * @description Email address
                         */
                        email: string;
                        name: string;
                        /** @description At least 10 characters */
                        password: string;
                        /** @enum {string} */
                        role: "owner" | "admin" | "catalog" | "support";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            role: "owner" | "admin" | "catalog" | "support";
                            active: boolean;
                            permissions: string[];
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/staff/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The staff roles and the permissions each holds */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Every permission, in a fixed order, with what it lets staff do */
                            permissions: {
                                /** @enum {string} */
                                name: "catalog:read" | "catalog:write" | "imports:write" | "customers:read" | "customers:write" | "orders:read" | "promotions:read" | "promotions:write" | "orders:write" | "settings:write" | "staff:read" | "staff:write" | "tokens:write" | "audit:read" | "dev:read";
                                description: string;
                            }[];
                            /** @description Every role with the permissions it holds; roles are fixed, not configured */
                            roles: {
                                /** @enum {string} */
                                role: "owner" | "admin" | "catalog" | "support";
                                permissions: ("catalog:read" | "catalog:write" | "imports:write" | "customers:read" | "customers:write" | "orders:read" | "promotions:read" | "promotions:write" | "orders:write" | "settings:write" | "staff:read" | "staff:write" | "tokens:write" | "audit:read" | "dev:read")[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/staff/{staffId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a staff member’s name, role or access */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A staff_… id */
                    staffId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        role?: "owner" | "admin" | "catalog" | "support";
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            role: "owner" | "admin" | "catalog" | "support";
                            active: boolean;
                            permissions: string[];
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/admin/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API tokens (never their secrets) */
        get: {
            parameters: {
                query: {
                    /** @description Page size, at most 100 */
                    limit: number;
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                prefix: string;
                                scopes: string[];
                                createdBy: string;
                                /** Format: date-time */
                                createdAt: string;
                                lastUsedAt: string | null;
                                revokedAt: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an API token; the secret is shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        scopes: ("catalog:read" | "catalog:write" | "imports:write" | "customers:read" | "customers:write" | "orders:read" | "promotions:read" | "promotions:write" | "orders:write" | "settings:write" | "staff:read" | "staff:write" | "tokens:write" | "audit:read" | "dev:read")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            prefix: string;
                            scopes: string[];
                            createdBy: string;
                            /** Format: date-time */
                            createdAt: string;
                            lastUsedAt: string | null;
                            revokedAt: string | null;
                            /** @description The secret; shown only in this response */
                            token: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api-tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A tok_… id */
                    tokenId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a shopper account and sign in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: email
                         * @description Email address
                         */
                        email: string;
                        /** @description At least 10 characters */
                        password: string;
                        firstName?: string;
                        lastName?: string;
                        phone?: string;
                        /** @description The shopper’s answer to the marketing opt-in, recorded with source "registration"; absent: not asked */
                        marketingConsent?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customer: {
                                id: string;
                                email: string;
                                firstName: string | null;
                                lastName: string | null;
                                phone: string | null;
                                /** @description Whether the customer proved, by a mailed link, that they receive mail at this address; a change of address clears it */
                                emailVerified: boolean;
                                /** Format: date-time */
                                createdAt: string;
                            };
                            csrfToken: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Shopper sign-in (sets the session cookie) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: email
                         * @description Email address
                         */
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customer: {
                                id: string;
                                email: string;
                                firstName: string | null;
                                lastName: string | null;
                                phone: string | null;
                                /** @description Whether the customer proved, by a mailed link, that they receive mail at this address; a change of address clears it */
                                emailVerified: boolean;
                                /** Format: date-time */
                                createdAt: string;
                            };
                            csrfToken: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ends this session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a reset link; answers 202 whether or not the account exists */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: email
                         * @description Email address
                         */
                        email: string;
                    };
                };
            };
            responses: {
                /** @description No content */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with the emailed token; ends all sessions */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                        /** @description At least 10 characters */
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify the account’s email address with the mailed token (single use, 48 hours)
         * @description 422 at /body/token when the token is unknown, expired, used, or was sent to an address the account no longer has.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/me/email-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a fresh link to verify the account’s email address; 409 when it is verified already */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in shopper and the CSRF token for their writes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customer: {
                                id: string;
                                email: string;
                                firstName: string | null;
                                lastName: string | null;
                                phone: string | null;
                                /** @description Whether the customer proved, by a mailed link, that they receive mail at this address; a change of address clears it */
                                emailVerified: boolean;
                                /** Format: date-time */
                                createdAt: string;
                            };
                            csrfToken: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Erase the signed-in shopper’s account and personal data; confirms with the password and signs out everywhere
         * @description Orders are kept, anonymised, for the accounts (docs/privacy.md). 204 on success; 422 when the password is wrong.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The current password, to confirm */
                        password: string;
                    };
                };
            };
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Update name and phone */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        firstName?: string | null;
                        lastName?: string | null;
                        phone?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            email: string;
                            firstName: string | null;
                            lastName: string | null;
                            phone: string | null;
                            /** @description Whether the customer proved, by a mailed link, that they receive mail at this address; a change of address clears it */
                            emailVerified: boolean;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/store/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change password; other sessions end, this one is renewed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        /** @description At least 10 characters */
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customer: {
                                id: string;
                                email: string;
                                firstName: string | null;
                                lastName: string | null;
                                phone: string | null;
                                /** @description Whether the customer proved, by a mailed link, that they receive mail at this address; a change of address clears it */
                                emailVerified: boolean;
                                /** Format: date-time */
                                createdAt: string;
                            };
                            csrfToken: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/me/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shopper’s saved addresses */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                firstName: string;
                                lastName: string;
                                company: string | null;
                                line1: string;
                                line2: string | null;
                                city: string;
                                region: string | null;
                                postalCode: string;
                                countryCode: string;
                                phone: string | null;
                                isDefaultShipping: boolean;
                                isDefaultBilling: boolean;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Save an address */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        firstName: string;
                        lastName: string;
                        company?: string | null;
                        line1: string;
                        line2?: string | null;
                        city: string;
                        region?: string | null;
                        postalCode: string;
                        /** @description ISO 3166-1 alpha-2 */
                        countryCode: string;
                        phone?: string | null;
                        isDefaultShipping?: boolean;
                        isDefaultBilling?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            firstName: string;
                            lastName: string;
                            company: string | null;
                            line1: string;
                            line2: string | null;
                            city: string;
                            region: string | null;
                            postalCode: string;
                            countryCode: string;
                            phone: string | null;
                            isDefaultShipping: boolean;
                            isDefaultBilling: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/me/addresses/{addressId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One saved address */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A addr_… id */
                    addressId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            firstName: string;
                            lastName: string;
                            company: string | null;
                            line1: string;
                            line2: string | null;
                            city: string;
                            region: string | null;
                            postalCode: string;
                            countryCode: string;
                            phone: string | null;
                            isDefaultShipping: boolean;
                            isDefaultBilling: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a saved address */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A addr_… id */
                    addressId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Edit a saved address */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A addr_… id */
                    addressId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        firstName?: string;
                        lastName?: string;
                        company?: string | null;
                        line1?: string;
                        line2?: string | null;
                        city?: string;
                        region?: string | null;
                        postalCode?: string;
                        /** @description ISO 3166-1 alpha-2 */
                        countryCode?: string;
                        phone?: string | null;
                        isDefaultShipping?: boolean;
                        isDefaultBilling?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            firstName: string;
                            lastName: string;
                            company: string | null;
                            line1: string;
                            line2: string | null;
                            city: string;
                            region: string | null;
                            postalCode: string;
                            countryCode: string;
                            phone: string | null;
                            isDefaultShipping: boolean;
                            isDefaultBilling: boolean;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/admin/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List customers, newest first */
        get: {
            parameters: {
                query: {
                    /** @description Page size, at most 100 */
                    limit: number;
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    email?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                email: string;
                                firstName: string | null;
                                lastName: string | null;
                                phone: string | null;
                                /** @description Whether the customer proved, by a mailed link, that they receive mail at this address; a change of address clears it */
                                emailVerified: boolean;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/customers/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One customer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A cus_… id */
                    customerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            email: string;
                            firstName: string | null;
                            lastName: string | null;
                            phone: string | null;
                            /** @description Whether the customer proved, by a mailed link, that they receive mail at this address; a change of address clears it */
                            emailVerified: boolean;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Erase a customer’s personal data (to answer an erasure request); their orders are kept, anonymised
         * @description Irreversible. Answers with what was erased; docs/privacy.md says what is kept and why.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A cus_… id */
                    customerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customerId: string;
                            /** Format: date-time */
                            erasedAt: string;
                            addressesDeleted: number;
                            consentsDeleted: number;
                            cartsDeleted: number;
                            ordersAnonymized: number;
                            promotionUsesUnlinked: number;
                            eventsDeleted: number;
                            eventsScrubbed: number;
                            idempotencyKeysDeleted: number;
                            mailDeleted: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/customers/{customerId}/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer’s addresses */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A cus_… id */
                    customerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                firstName: string;
                                lastName: string;
                                company: string | null;
                                line1: string;
                                line2: string | null;
                                city: string;
                                region: string | null;
                                postalCode: string;
                                countryCode: string;
                                phone: string | null;
                                isDefaultShipping: boolean;
                                isDefaultBilling: boolean;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/customers/{customerId}/addresses/{addressId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of a customer’s addresses */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A cus_… id */
                    customerId: string;
                    /** @description A addr_… id */
                    addressId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            firstName: string;
                            lastName: string;
                            company: string | null;
                            line1: string;
                            line2: string | null;
                            city: string;
                            region: string | null;
                            postalCode: string;
                            countryCode: string;
                            phone: string | null;
                            isDefaultShipping: boolean;
                            isDefaultBilling: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Active products, filtered and sorted, a page at a time
         * @description category includes its descendants; minPrice/maxPrice filter the lowest variant price in `currency` (minor units).
         */
        get: {
            parameters: {
                query: {
                    /** @description Page size, at most 100 */
                    limit: number;
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    /** @description ISO 4217 currency code */
                    currency?: string;
                    /** @description URL-safe, unique: lower-case words joined by hyphens */
                    category?: string;
                    /** @description URL-safe, unique: lower-case words joined by hyphens */
                    collection?: string;
                    brand?: string;
                    /** @description Amount in minor units (cents) */
                    minPrice?: number;
                    /** @description Amount in minor units (cents) */
                    maxPrice?: number;
                    sort?: "newest" | "price_asc" | "price_desc" | "title";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                handle: string;
                                title: string;
                                brand: string | null;
                                status: "draft" | "active" | "archived";
                                thumbnail: {
                                    id: string;
                                    url: string;
                                    alt: string;
                                    width: number | null;
                                    height: number | null;
                                } | null;
                                price: {
                                    currency: string;
                                    min: number;
                                    max: number;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/products/{handle}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One active product with variants, prices and availability */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description URL-safe, unique: lower-case words joined by hyphens */
                    handle: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            handle: string;
                            title: string;
                            descriptionHtml: string;
                            status: "draft" | "active" | "archived";
                            brand: string | null;
                            productType: string | null;
                            tags: string[];
                            attributes: {
                                [key: string]: string;
                            };
                            seoTitle: string | null;
                            seoDescription: string | null;
                            options: {
                                name: string;
                                values: string[];
                            }[];
                            variants: {
                                id: string;
                                sku: string | null;
                                title: string;
                                optionValues: string[];
                                weightGrams: number | null;
                                barcode: string | null;
                                prices: {
                                    amount: number;
                                    currency: string;
                                    compareAtAmount: number | null;
                                }[];
                                /** @description Units that can be sold now (on hand minus reserved, all locations) */
                                available: number;
                            }[];
                            images: {
                                id: string;
                                url: string;
                                alt: string;
                                width: number | null;
                                height: number | null;
                            }[];
                            categories: {
                                id: string;
                                handle: string;
                                name: string;
                            }[];
                            collections: {
                                id: string;
                                handle: string;
                                title: string;
                            }[];
                            priceRanges: {
                                currency: string;
                                min: number;
                                max: number;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The category tree */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                handle: string;
                                name: string;
                                description: string | null;
                                position: number;
                                /** @description Child categories, each of this same shape */
                                children: unknown[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/collections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Collections */
        get: {
            parameters: {
                query: {
                    /** @description Page size, at most 100 */
                    limit: number;
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                handle: string;
                                title: string;
                                description: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/sitemap/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Handles and last changes of every active product, for sitemaps */
        get: {
            parameters: {
                query: {
                    /** @description At most 10000 */
                    limit: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                handle: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All products with filters (status, text, category, brand, price) */
        get: {
            parameters: {
                query: {
                    /** @description Page size, at most 100 */
                    limit: number;
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    /** @description ISO 4217 currency code */
                    currency?: string;
                    /** @description URL-safe, unique: lower-case words joined by hyphens */
                    category?: string;
                    /** @description URL-safe, unique: lower-case words joined by hyphens */
                    collection?: string;
                    brand?: string;
                    /** @description Amount in minor units (cents) */
                    minPrice?: number;
                    /** @description Amount in minor units (cents) */
                    maxPrice?: number;
                    sort?: "newest" | "price_asc" | "price_desc" | "title";
                    status?: "draft" | "active" | "archived";
                    /** @description Title or handle contains */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                handle: string;
                                title: string;
                                brand: string | null;
                                status: "draft" | "active" | "archived";
                                thumbnail: {
                                    id: string;
                                    url: string;
                                    alt: string;
                                    width: number | null;
                                    height: number | null;
                                } | null;
                                price: {
                                    currency: string;
                                    min: number;
                                    max: number;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a product with options, variants, prices and images */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description URL-safe, unique: lower-case words joined by hyphens */
                        handle: string;
                        title: string;
                        descriptionHtml?: string;
                        status?: "draft" | "active" | "archived";
                        brand?: string | null;
                        productType?: string | null;
                        tags?: string[];
                        attributes?: {
                            [key: string]: string;
                        };
                        seoTitle?: string | null;
                        seoDescription?: string | null;
                        options?: {
                            name: string;
                            values: string[];
                        }[];
                        variants: {
                            sku?: string | null;
                            optionValues?: string[];
                            weightGrams?: number | null;
                            barcode?: string | null;
                            prices: {
                                /** @description ISO 4217 currency code */
                                currency: string;
                                /** @description Amount in minor units (cents) */
                                amount: number;
                                compareAtAmount?: number | null;
                            }[];
                            inventoryQuantity?: number;
                        }[];
                        categoryHandles?: string[];
                        collectionHandles?: string[];
                        images?: {
                            /** @description A /media/… path from an upload, or an https URL */
                            url: string;
                            alt?: string;
                            /** @description Pixels, as the upload answered */
                            width?: number;
                            height?: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            handle: string;
                            title: string;
                            descriptionHtml: string;
                            status: "draft" | "active" | "archived";
                            brand: string | null;
                            productType: string | null;
                            tags: string[];
                            attributes: {
                                [key: string]: string;
                            };
                            seoTitle: string | null;
                            seoDescription: string | null;
                            options: {
                                name: string;
                                values: string[];
                            }[];
                            variants: {
                                id: string;
                                sku: string | null;
                                title: string;
                                optionValues: string[];
                                weightGrams: number | null;
                                barcode: string | null;
                                prices: {
                                    amount: number;
                                    currency: string;
                                    compareAtAmount: number | null;
                                }[];
                                /** @description Units that can be sold now (on hand minus reserved, all locations) */
                                available: number;
                            }[];
                            images: {
                                id: string;
                                url: string;
                                alt: string;
                                width: number | null;
                                height: number | null;
                            }[];
                            categories: {
                                id: string;
                                handle: string;
                                name: string;
                            }[];
                            collections: {
                                id: string;
                                handle: string;
                                title: string;
                            }[];
                            priceRanges: {
                                currency: string;
                                min: number;
                                max: number;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/products/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One product, any status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A prod_… id */
                    productId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            handle: string;
                            title: string;
                            descriptionHtml: string;
                            status: "draft" | "active" | "archived";
                            brand: string | null;
                            productType: string | null;
                            tags: string[];
                            attributes: {
                                [key: string]: string;
                            };
                            seoTitle: string | null;
                            seoDescription: string | null;
                            options: {
                                name: string;
                                values: string[];
                            }[];
                            variants: {
                                id: string;
                                sku: string | null;
                                title: string;
                                optionValues: string[];
                                weightGrams: number | null;
                                barcode: string | null;
                                prices: {
                                    amount: number;
                                    currency: string;
                                    compareAtAmount: number | null;
                                }[];
                                /** @description Units that can be sold now (on hand minus reserved, all locations) */
                                available: number;
                            }[];
                            images: {
                                id: string;
                                url: string;
                                alt: string;
                                width: number | null;
                                height: number | null;
                            }[];
                            categories: {
                                id: string;
                                handle: string;
                                name: string;
                            }[];
                            collections: {
                                id: string;
                                handle: string;
                                title: string;
                            }[];
                            priceRanges: {
                                currency: string;
                                min: number;
                                max: number;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a product; arrays sent replace the current ones */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A prod_… id */
                    productId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description URL-safe, unique: lower-case words joined by hyphens */
                        handle?: string;
                        title?: string;
                        descriptionHtml?: string;
                        status?: "draft" | "active" | "archived";
                        brand?: string | null;
                        productType?: string | null;
                        tags?: string[];
                        attributes?: {
                            [key: string]: string;
                        };
                        seoTitle?: string | null;
                        seoDescription?: string | null;
                        options?: {
                            name: string;
                            values: string[];
                        }[];
                        variants?: {
                            sku?: string | null;
                            optionValues?: string[];
                            weightGrams?: number | null;
                            barcode?: string | null;
                            prices: {
                                /** @description ISO 4217 currency code */
                                currency: string;
                                /** @description Amount in minor units (cents) */
                                amount: number;
                                compareAtAmount?: number | null;
                            }[];
                            inventoryQuantity?: number;
                        }[];
                        categoryHandles?: string[];
                        collectionHandles?: string[];
                        images?: {
                            /** @description A /media/… path from an upload, or an https URL */
                            url: string;
                            alt?: string;
                            /** @description Pixels, as the upload answered */
                            width?: number;
                            height?: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            handle: string;
                            title: string;
                            descriptionHtml: string;
                            status: "draft" | "active" | "archived";
                            brand: string | null;
                            productType: string | null;
                            tags: string[];
                            attributes: {
                                [key: string]: string;
                            };
                            seoTitle: string | null;
                            seoDescription: string | null;
                            options: {
                                name: string;
                                values: string[];
                            }[];
                            variants: {
                                id: string;
                                sku: string | null;
                                title: string;
                                optionValues: string[];
                                weightGrams: number | null;
                                barcode: string | null;
                                prices: {
                                    amount: number;
                                    currency: string;
                                    compareAtAmount: number | null;
                                }[];
                                /** @description Units that can be sold now (on hand minus reserved, all locations) */
                                available: number;
                            }[];
                            images: {
                                id: string;
                                url: string;
                                alt: string;
                                width: number | null;
                                height: number | null;
                            }[];
                            categories: {
                                id: string;
                                handle: string;
                                name: string;
                            }[];
                            collections: {
                                id: string;
                                handle: string;
                                title: string;
                            }[];
                            priceRanges: {
                                currency: string;
                                min: number;
                                max: number;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/admin/products/{productId}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a product (hidden from the store, kept for orders) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A prod_… id */
                    productId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            handle: string;
                            title: string;
                            descriptionHtml: string;
                            status: "draft" | "active" | "archived";
                            brand: string | null;
                            productType: string | null;
                            tags: string[];
                            attributes: {
                                [key: string]: string;
                            };
                            seoTitle: string | null;
                            seoDescription: string | null;
                            options: {
                                name: string;
                                values: string[];
                            }[];
                            variants: {
                                id: string;
                                sku: string | null;
                                title: string;
                                optionValues: string[];
                                weightGrams: number | null;
                                barcode: string | null;
                                prices: {
                                    amount: number;
                                    currency: string;
                                    compareAtAmount: number | null;
                                }[];
                                /** @description Units that can be sold now (on hand minus reserved, all locations) */
                                available: number;
                            }[];
                            images: {
                                id: string;
                                url: string;
                                alt: string;
                                width: number | null;
                                height: number | null;
                            }[];
                            categories: {
                                id: string;
                                handle: string;
                                name: string;
                            }[];
                            collections: {
                                id: string;
                                handle: string;
                                title: string;
                            }[];
                            priceRanges: {
                                currency: string;
                                min: number;
                                max: number;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The category tree */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                handle: string;
                                name: string;
                                description: string | null;
                                position: number;
                                /** @description Child categories, each of this same shape */
                                children: unknown[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a category, optionally under a parent */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description URL-safe, unique: lower-case words joined by hyphens */
                        handle: string;
                        name: string;
                        description?: string | null;
                        parentHandle?: string | null;
                        position?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            handle: string;
                            name: string;
                            description: string | null;
                            position: number;
                            /** @description Child categories, each of this same shape */
                            children: unknown[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/categories/{categoryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a category without subcategories (its products stay, without it) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A cat_… id */
                    categoryId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename, re-order or move a category (its subtree moves with it) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A cat_… id */
                    categoryId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description URL-safe, unique: lower-case words joined by hyphens */
                        handle?: string;
                        name?: string;
                        description?: string | null;
                        parentHandle?: string | null;
                        position?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            handle: string;
                            name: string;
                            description: string | null;
                            position: number;
                            /** @description Child categories, each of this same shape */
                            children: unknown[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/admin/collections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Collections */
        get: {
            parameters: {
                query: {
                    /** @description Page size, at most 100 */
                    limit: number;
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                handle: string;
                                title: string;
                                description: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a collection */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description URL-safe, unique: lower-case words joined by hyphens */
                        handle: string;
                        title: string;
                        description?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            handle: string;
                            title: string;
                            description: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/collections/{collectionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a collection (its products stay, without it) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A coll_… id */
                    collectionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename a collection or change its handle */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A coll_… id */
                    collectionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description URL-safe, unique: lower-case words joined by hyphens */
                        handle?: string;
                        title?: string;
                        description?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            handle: string;
                            title: string;
                            description: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/admin/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload an image (PNG, JPEG, WebP, GIF or AVIF, up to 10 MB) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            url: string;
                            bytes: number;
                            /** @description Pixels: send with the URL on the product, so pages reserve the space */
                            width: number;
                            height: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import products from a Shopify product CSV (body: text/csv)
         * @description Every row is validated first; a file with any error imports nothing and the 422 lists each bad row by line and column. Re-importing updates by handle.
         */
        post: {
            parameters: {
                query?: {
                    /** @description ISO 4217 currency code */
                    currency?: string;
                    dryRun?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rows: number;
                            products: number;
                            created: number;
                            updated: number;
                            dryRun: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/import-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Import jobs, newest first (each job’s errors are on the job itself) */
        get: {
            parameters: {
                query: {
                    /** @description Page size, at most 100 */
                    limit: number;
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                status: "validating" | "importing" | "completed" | "failed";
                                fileName: string | null;
                                currency: string;
                                /** @description Rows in the file, once read */
                                rows: number | null;
                                /** @description Products in the file, once read */
                                products: number | null;
                                /** @description Products written so far */
                                done: number;
                                created: number;
                                updated: number;
                                errorCount: number;
                                /** @description The first 1000 problems, by line and column */
                                errors: {
                                    line: number;
                                    column: string;
                                    message: string;
                                }[];
                                detail: string | null;
                                createdBy: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                finishedAt: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Start importing a Shopify product CSV in the background (body: text/csv); watch it at /admin/import-jobs/{jobId}
         * @description The job checks every row first; a file with any error imports nothing and the job lists each bad row by line and column.
         */
        post: {
            parameters: {
                query?: {
                    /** @description ISO 4217 currency code */
                    currency?: string;
                    /** @description The uploaded file’s name, shown in the job list */
                    fileName?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            status: "validating" | "importing" | "completed" | "failed";
                            fileName: string | null;
                            currency: string;
                            /** @description Rows in the file, once read */
                            rows: number | null;
                            /** @description Products in the file, once read */
                            products: number | null;
                            /** @description Products written so far */
                            done: number;
                            created: number;
                            updated: number;
                            errorCount: number;
                            /** @description The first 1000 problems, by line and column */
                            errors: {
                                line: number;
                                column: string;
                                message: string;
                            }[];
                            detail: string | null;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            finishedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/import-jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One import job: its phase, progress, and the file’s problems if it was refused */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A imp_… id */
                    jobId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            status: "validating" | "importing" | "completed" | "failed";
                            fileName: string | null;
                            currency: string;
                            /** @description Rows in the file, once read */
                            rows: number | null;
                            /** @description Products in the file, once read */
                            products: number | null;
                            /** @description Products written so far */
                            done: number;
                            created: number;
                            updated: number;
                            errorCount: number;
                            /** @description The first 1000 problems, by line and column */
                            errors: {
                                line: number;
                                column: string;
                                message: string;
                            }[];
                            detail: string | null;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            finishedAt: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/exports/products.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export every product as a Shopify product CSV, prices in one currency */
        get: {
            parameters: {
                query?: {
                    /** @description ISO 4217 currency code */
                    currency?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Shopify product CSV (streamed) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff actions and personal-data reads, newest first */
        get: {
            parameters: {
                query: {
                    /** @description Page size, at most 100 */
                    limit: number;
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    actorId?: string;
                    action?: string;
                    targetType?: string;
                    targetId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** Format: date-time */
                                at: string;
                                actorKind: string;
                                actorId: string | null;
                                action: string;
                                targetType: string | null;
                                targetId: string | null;
                                ip: string | null;
                                requestId: string | null;
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Today's and this month's orders, sales and average order per currency, a 30-day series, best sellers and low stock */
        get: {
            parameters: {
                query?: {
                    /** @description IANA time zone of "today" and "this month"; default UTC */
                    timeZone?: string;
                    /** @description Stock level that counts as low; default 5 */
                    lowStockAtOrBelow?: number;
                    /** @description How many best sellers; default 5 */
                    top?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            timeZone: string;
                            today: {
                                orders: number;
                                byCurrency: {
                                    currency: string;
                                    orders: number;
                                    sales: number;
                                    refunded: number;
                                    net: number;
                                    averageOrder: number;
                                }[];
                            };
                            month: {
                                orders: number;
                                byCurrency: {
                                    currency: string;
                                    orders: number;
                                    sales: number;
                                    refunded: number;
                                    net: number;
                                    averageOrder: number;
                                }[];
                            };
                            daily: {
                                /** Format: date */
                                date: string;
                                orders: number;
                                byCurrency: {
                                    currency: string;
                                    sales: number;
                                }[];
                            }[];
                            topProducts: {
                                productId: string | null;
                                title: string;
                                units: number;
                            }[];
                            lowStock: {
                                variantId: string;
                                productId: string;
                                productTitle: string;
                                variantTitle: string;
                                sku: string | null;
                                available: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Regions the shop sells to: countries, currency, tax setting */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                handle: string;
                                name: string;
                                currency: string;
                                countries: string[];
                                pricesIncludeTax: boolean;
                                taxRates: {
                                    standard: number;
                                    reduced: number;
                                    zero: number;
                                };
                                taxOverrides: {
                                    country: string;
                                    taxClass: "standard" | "reduced" | "zero";
                                    rate: number;
                                }[];
                            }[];
                            nextCursor: null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/regions/{regionId}/shipping-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Shipping options of a region, with prices in its currency */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A reg_… id */
                    regionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                regionId: string;
                                name: string;
                                kind: "flat" | "weight";
                                amount: number | null;
                                tiers: {
                                    upToGrams: number | null;
                                    /** @description Amount in minor units (cents) */
                                    amount: number;
                                }[] | null;
                                freeAbove: number | null;
                                currency: string;
                                minDays: number;
                                maxDays: number;
                            }[];
                            nextCursor: null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Regions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                handle: string;
                                name: string;
                                currency: string;
                                countries: string[];
                                pricesIncludeTax: boolean;
                                taxRates: {
                                    standard: number;
                                    reduced: number;
                                    zero: number;
                                };
                                taxOverrides: {
                                    country: string;
                                    taxClass: "standard" | "reduced" | "zero";
                                    rate: number;
                                }[];
                            }[];
                            nextCursor: null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a region (countries, currency, tax rates in basis points) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description URL-safe, unique: lower-case words joined by hyphens */
                        handle: string;
                        name: string;
                        /** @description ISO 4217 currency code */
                        currency: string;
                        countries: string[];
                        pricesIncludeTax?: boolean;
                        taxRates: {
                            /** @description A rate in basis points: 2000 = 20 % */
                            standard: number;
                            /** @description A rate in basis points: 2000 = 20 % */
                            reduced: number;
                            /** @description A rate in basis points: 2000 = 20 % */
                            zero?: number;
                        };
                        taxOverrides?: {
                            /** @description ISO 3166-1 alpha-2, upper case */
                            country: string;
                            taxClass: "standard" | "reduced" | "zero";
                            /** @description A rate in basis points: 2000 = 20 % */
                            rate: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            handle: string;
                            name: string;
                            currency: string;
                            countries: string[];
                            pricesIncludeTax: boolean;
                            taxRates: {
                                standard: number;
                                reduced: number;
                                zero: number;
                            };
                            taxOverrides: {
                                country: string;
                                taxClass: "standard" | "reduced" | "zero";
                                rate: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/regions/{regionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A region */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A reg_… id */
                    regionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            handle: string;
                            name: string;
                            currency: string;
                            countries: string[];
                            pricesIncludeTax: boolean;
                            taxRates: {
                                standard: number;
                                reduced: number;
                                zero: number;
                            };
                            taxOverrides: {
                                country: string;
                                taxClass: "standard" | "reduced" | "zero";
                                rate: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a region */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A reg_… id */
                    regionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description URL-safe, unique: lower-case words joined by hyphens */
                        handle?: string;
                        name?: string;
                        /** @description ISO 4217 currency code */
                        currency?: string;
                        countries?: string[];
                        pricesIncludeTax?: boolean;
                        taxRates?: {
                            /** @description A rate in basis points: 2000 = 20 % */
                            standard: number;
                            /** @description A rate in basis points: 2000 = 20 % */
                            reduced: number;
                            /** @description A rate in basis points: 2000 = 20 % */
                            zero?: number;
                        };
                        taxOverrides?: {
                            /** @description ISO 3166-1 alpha-2, upper case */
                            country: string;
                            taxClass: "standard" | "reduced" | "zero";
                            /** @description A rate in basis points: 2000 = 20 % */
                            rate: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            handle: string;
                            name: string;
                            currency: string;
                            countries: string[];
                            pricesIncludeTax: boolean;
                            taxRates: {
                                standard: number;
                                reduced: number;
                                zero: number;
                            };
                            taxOverrides: {
                                country: string;
                                taxClass: "standard" | "reduced" | "zero";
                                rate: number;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/admin/regions/{regionId}/shipping-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Shipping options a region offers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A reg_… id */
                    regionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                regionId: string;
                                name: string;
                                kind: "flat" | "weight";
                                amount: number | null;
                                tiers: {
                                    upToGrams: number | null;
                                    /** @description Amount in minor units (cents) */
                                    amount: number;
                                }[] | null;
                                freeAbove: number | null;
                                currency: string;
                                minDays: number;
                                maxDays: number;
                            }[];
                            nextCursor: null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a shipping option (flat or weight tiers, optionally free above a subtotal) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A reg_… id */
                    regionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        kind: "flat" | "weight";
                        /** @description Amount in minor units (cents) */
                        amount?: number;
                        tiers?: {
                            upToGrams: number | null;
                            /** @description Amount in minor units (cents) */
                            amount: number;
                        }[];
                        /** @description Amount in minor units, or null for none */
                        freeAbove?: number | null;
                        minDays: number;
                        maxDays: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            regionId: string;
                            name: string;
                            kind: "flat" | "weight";
                            amount: number | null;
                            tiers: {
                                upToGrams: number | null;
                                /** @description Amount in minor units (cents) */
                                amount: number;
                            }[] | null;
                            freeAbove: number | null;
                            currency: string;
                            minDays: number;
                            maxDays: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/regions/{regionId}/shipping-options/{optionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop offering a shipping option (kept on record: carts that chose it keep its price, orders keep its name) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A reg_… id */
                    regionId: string;
                    /** @description A ship_… id */
                    optionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a shipping option (a new kind brings its own amount or tiers); carts that chose it are priced anew */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A reg_… id */
                    regionId: string;
                    /** @description A ship_… id */
                    optionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        kind?: "flat" | "weight";
                        /** @description Amount in minor units (cents) */
                        amount?: number;
                        tiers?: {
                            upToGrams: number | null;
                            /** @description Amount in minor units (cents) */
                            amount: number;
                        }[];
                        /** @description Amount in minor units, or null for none */
                        freeAbove?: number | null;
                        minDays?: number;
                        maxDays?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            regionId: string;
                            name: string;
                            kind: "flat" | "weight";
                            amount: number | null;
                            tiers: {
                                upToGrams: number | null;
                                /** @description Amount in minor units (cents) */
                                amount: number;
                            }[] | null;
                            freeAbove: number | null;
                            currency: string;
                            minDays: number;
                            maxDays: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/admin/stock-locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock locations, the default first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                /** @description Online orders reserve and ship from this location */
                                isDefault: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a stock location (a warehouse, a shop) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @description Online orders reserve and ship from this location */
                            isDefault: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/stock-locations/{locationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a stock location */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    locationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @description Online orders reserve and ship from this location */
                            isDefault: boolean;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/admin/inventory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock records (one per variant and location) with their product; filter by text, location or a low count */
        get: {
            parameters: {
                query: {
                    /** @description Page size, at most 100 */
                    limit: number;
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    /** @description SKU or product title contains */
                    q?: string;
                    locationId?: string;
                    /** @description Only records this low or lower */
                    availableAtMost?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                variantId: string;
                                sku: string | null;
                                variantTitle: string;
                                productId: string;
                                productTitle: string;
                                locationId: string;
                                locationName: string;
                                onHand: number;
                                reserved: number;
                                available: number;
                                allowBackorder: boolean;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/inventory/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adjust on-hand stock with a reason (never below what is reserved) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A var_… id */
                        variantId: string;
                        locationId?: string;
                        /** @description Units to add (positive) or remove (negative) */
                        delta: number;
                        reason: "received" | "damaged" | "lost" | "correction" | "returned";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            variantId: string;
                            locationId: string;
                            onHand: number;
                            reserved: number;
                            available: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/inventory/{variantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock of a variant per location and its movement history, newest first */
        get: {
            parameters: {
                query: {
                    /** @description Page size, at most 100 */
                    limit: number;
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                };
                header?: never;
                path: {
                    /** @description A var_… id */
                    variantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            levels: {
                                locationId: string;
                                onHand: number;
                                reserved: number;
                                available: number;
                                locationName: string;
                                allowBackorder: boolean;
                            }[];
                            movements: {
                                items: {
                                    id: string;
                                    locationId: string;
                                    onHandDelta: number;
                                    reservedDelta: number;
                                    reason: string;
                                    note: string | null;
                                    reference: string | null;
                                    actor: string | null;
                                    /** Format: date-time */
                                    at: string;
                                }[];
                                nextCursor: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/inventory/{variantId}/backorder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Allow or stop selling a variant past its stock at a location (stopping is refused while it is oversold) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A var_… id */
                    variantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        allowed: boolean;
                        locationId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            variantId: string;
                            locationId: string;
                            allowBackorder: boolean;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/carts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a cart in a region (the first region by name when none is given); keep its id */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A reg_… id */
                        regionId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            regionId: string;
                            currency: string;
                            email: string | null;
                            countryCode: string | null;
                            shippingOptionId: string | null;
                            shippingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            billingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            promotionCode: string | null;
                            promotionCodeRejection: string | null;
                            promotions: {
                                id: string;
                                code?: string;
                                /** @description Minor units of the cart’s currency */
                                amount: number;
                            }[];
                            items: {
                                id: string;
                                variantId: string;
                                productId: string;
                                title: string;
                                variantTitle: string;
                                sku: string | null;
                                thumbnail: string | null;
                                quantity: number;
                                /** @description Minor units of the cart’s currency */
                                unitPrice: number;
                                /** @description Minor units of the cart’s currency */
                                subtotal: number;
                                /** @description Minor units of the cart’s currency */
                                discount: number;
                                /** @description Minor units of the cart’s currency */
                                tax: number;
                                /** @description Minor units of the cart’s currency */
                                total: number;
                            }[];
                            unavailableItems: {
                                id: string;
                                variantId: string;
                                quantity: number;
                            }[];
                            shipping: {
                                /** @description Minor units of the cart’s currency */
                                amount: number;
                                /** @description Minor units of the cart’s currency */
                                discount: number;
                                /** @description Minor units of the cart’s currency */
                                tax: number;
                                /** @description Minor units of the cart’s currency */
                                total: number;
                                available: boolean;
                                delivery: {
                                    minDays: number;
                                    maxDays: number;
                                } | null;
                            };
                            totals: {
                                /** @description Minor units of the cart’s currency */
                                subtotal: number;
                                /** @description Minor units of the cart’s currency */
                                discountTotal: number;
                                /** @description Minor units of the cart’s currency */
                                shippingTotal: number;
                                /** @description Minor units of the cart’s currency */
                                taxTotal: number;
                                /** @description Minor units of the cart’s currency */
                                total: number;
                            };
                            /** Format: date-time */
                            expiresAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/carts/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cart this browser holds (cookie), else the signed-in customer’s open cart; 404 when there is none */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            regionId: string;
                            currency: string;
                            email: string | null;
                            countryCode: string | null;
                            shippingOptionId: string | null;
                            shippingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            billingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            promotionCode: string | null;
                            promotionCodeRejection: string | null;
                            promotions: {
                                id: string;
                                code?: string;
                                /** @description Minor units of the cart’s currency */
                                amount: number;
                            }[];
                            items: {
                                id: string;
                                variantId: string;
                                productId: string;
                                title: string;
                                variantTitle: string;
                                sku: string | null;
                                thumbnail: string | null;
                                quantity: number;
                                /** @description Minor units of the cart’s currency */
                                unitPrice: number;
                                /** @description Minor units of the cart’s currency */
                                subtotal: number;
                                /** @description Minor units of the cart’s currency */
                                discount: number;
                                /** @description Minor units of the cart’s currency */
                                tax: number;
                                /** @description Minor units of the cart’s currency */
                                total: number;
                            }[];
                            unavailableItems: {
                                id: string;
                                variantId: string;
                                quantity: number;
                            }[];
                            shipping: {
                                /** @description Minor units of the cart’s currency */
                                amount: number;
                                /** @description Minor units of the cart’s currency */
                                discount: number;
                                /** @description Minor units of the cart’s currency */
                                tax: number;
                                /** @description Minor units of the cart’s currency */
                                total: number;
                                available: boolean;
                                delivery: {
                                    minDays: number;
                                    maxDays: number;
                                } | null;
                            };
                            totals: {
                                /** @description Minor units of the cart’s currency */
                                subtotal: number;
                                /** @description Minor units of the cart’s currency */
                                discountTotal: number;
                                /** @description Minor units of the cart’s currency */
                                shippingTotal: number;
                                /** @description Minor units of the cart’s currency */
                                taxTotal: number;
                                /** @description Minor units of the cart’s currency */
                                total: number;
                            };
                            /** Format: date-time */
                            expiresAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/carts/{cartId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A cart with its lines and totals, priced now */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A cart_… id */
                    cartId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            regionId: string;
                            currency: string;
                            email: string | null;
                            countryCode: string | null;
                            shippingOptionId: string | null;
                            shippingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            billingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            promotionCode: string | null;
                            promotionCodeRejection: string | null;
                            promotions: {
                                id: string;
                                code?: string;
                                /** @description Minor units of the cart’s currency */
                                amount: number;
                            }[];
                            items: {
                                id: string;
                                variantId: string;
                                productId: string;
                                title: string;
                                variantTitle: string;
                                sku: string | null;
                                thumbnail: string | null;
                                quantity: number;
                                /** @description Minor units of the cart’s currency */
                                unitPrice: number;
                                /** @description Minor units of the cart’s currency */
                                subtotal: number;
                                /** @description Minor units of the cart’s currency */
                                discount: number;
                                /** @description Minor units of the cart’s currency */
                                tax: number;
                                /** @description Minor units of the cart’s currency */
                                total: number;
                            }[];
                            unavailableItems: {
                                id: string;
                                variantId: string;
                                quantity: number;
                            }[];
                            shipping: {
                                /** @description Minor units of the cart’s currency */
                                amount: number;
                                /** @description Minor units of the cart’s currency */
                                discount: number;
                                /** @description Minor units of the cart’s currency */
                                tax: number;
                                /** @description Minor units of the cart’s currency */
                                total: number;
                                available: boolean;
                                delivery: {
                                    minDays: number;
                                    maxDays: number;
                                } | null;
                            };
                            totals: {
                                /** @description Minor units of the cart’s currency */
                                subtotal: number;
                                /** @description Minor units of the cart’s currency */
                                discountTotal: number;
                                /** @description Minor units of the cart’s currency */
                                shippingTotal: number;
                                /** @description Minor units of the cart’s currency */
                                taxTotal: number;
                                /** @description Minor units of the cart’s currency */
                                total: number;
                            };
                            /** Format: date-time */
                            expiresAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set the email, country or shipping option of a cart */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A cart_… id */
                    cartId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        shippingAddress?: {
                            firstName: string;
                            lastName: string;
                            company?: string | null;
                            line1: string;
                            line2?: string | null;
                            city: string;
                            region?: string | null;
                            postalCode: string;
                            /** @description ISO 3166-1 alpha-2, upper case */
                            countryCode: string;
                            phone?: string | null;
                        } | null;
                        billingAddress?: {
                            firstName: string;
                            lastName: string;
                            company?: string | null;
                            line1: string;
                            line2?: string | null;
                            city: string;
                            region?: string | null;
                            postalCode: string;
                            /** @description ISO 3166-1 alpha-2, upper case */
                            countryCode: string;
                            phone?: string | null;
                        } | null;
                        promotionCode?: string | null;
                        email?: string | null;
                        countryCode?: string | null;
                        shippingOptionId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            regionId: string;
                            currency: string;
                            email: string | null;
                            countryCode: string | null;
                            shippingOptionId: string | null;
                            shippingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            billingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            promotionCode: string | null;
                            promotionCodeRejection: string | null;
                            promotions: {
                                id: string;
                                code?: string;
                                /** @description Minor units of the cart’s currency */
                                amount: number;
                            }[];
                            items: {
                                id: string;
                                variantId: string;
                                productId: string;
                                title: string;
                                variantTitle: string;
                                sku: string | null;
                                thumbnail: string | null;
                                quantity: number;
                                /** @description Minor units of the cart’s currency */
                                unitPrice: number;
                                /** @description Minor units of the cart’s currency */
                                subtotal: number;
                                /** @description Minor units of the cart’s currency */
                                discount: number;
                                /** @description Minor units of the cart’s currency */
                                tax: number;
                                /** @description Minor units of the cart’s currency */
                                total: number;
                            }[];
                            unavailableItems: {
                                id: string;
                                variantId: string;
                                quantity: number;
                            }[];
                            shipping: {
                                /** @description Minor units of the cart’s currency */
                                amount: number;
                                /** @description Minor units of the cart’s currency */
                                discount: number;
                                /** @description Minor units of the cart’s currency */
                                tax: number;
                                /** @description Minor units of the cart’s currency */
                                total: number;
                                available: boolean;
                                delivery: {
                                    minDays: number;
                                    maxDays: number;
                                } | null;
                            };
                            totals: {
                                /** @description Minor units of the cart’s currency */
                                subtotal: number;
                                /** @description Minor units of the cart’s currency */
                                discountTotal: number;
                                /** @description Minor units of the cart’s currency */
                                shippingTotal: number;
                                /** @description Minor units of the cart’s currency */
                                taxTotal: number;
                                /** @description Minor units of the cart’s currency */
                                total: number;
                            };
                            /** Format: date-time */
                            expiresAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/store/carts/{cartId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a variant to a cart (quantities merge); the price comes from the catalog */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A cart_… id */
                    cartId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A var_… id */
                        variantId: string;
                        quantity: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            regionId: string;
                            currency: string;
                            email: string | null;
                            countryCode: string | null;
                            shippingOptionId: string | null;
                            shippingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            billingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            promotionCode: string | null;
                            promotionCodeRejection: string | null;
                            promotions: {
                                id: string;
                                code?: string;
                                /** @description Minor units of the cart’s currency */
                                amount: number;
                            }[];
                            items: {
                                id: string;
                                variantId: string;
                                productId: string;
                                title: string;
                                variantTitle: string;
                                sku: string | null;
                                thumbnail: string | null;
                                quantity: number;
                                /** @description Minor units of the cart’s currency */
                                unitPrice: number;
                                /** @description Minor units of the cart’s currency */
                                subtotal: number;
                                /** @description Minor units of the cart’s currency */
                                discount: number;
                                /** @description Minor units of the cart’s currency */
                                tax: number;
                                /** @description Minor units of the cart’s currency */
                                total: number;
                            }[];
                            unavailableItems: {
                                id: string;
                                variantId: string;
                                quantity: number;
                            }[];
                            shipping: {
                                /** @description Minor units of the cart’s currency */
                                amount: number;
                                /** @description Minor units of the cart’s currency */
                                discount: number;
                                /** @description Minor units of the cart’s currency */
                                tax: number;
                                /** @description Minor units of the cart’s currency */
                                total: number;
                                available: boolean;
                                delivery: {
                                    minDays: number;
                                    maxDays: number;
                                } | null;
                            };
                            totals: {
                                /** @description Minor units of the cart’s currency */
                                subtotal: number;
                                /** @description Minor units of the cart’s currency */
                                discountTotal: number;
                                /** @description Minor units of the cart’s currency */
                                shippingTotal: number;
                                /** @description Minor units of the cart’s currency */
                                taxTotal: number;
                                /** @description Minor units of the cart’s currency */
                                total: number;
                            };
                            /** Format: date-time */
                            expiresAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/carts/{cartId}/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a line from a cart */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A cart_… id */
                    cartId: string;
                    /** @description A citem_… id */
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            regionId: string;
                            currency: string;
                            email: string | null;
                            countryCode: string | null;
                            shippingOptionId: string | null;
                            shippingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            billingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            promotionCode: string | null;
                            promotionCodeRejection: string | null;
                            promotions: {
                                id: string;
                                code?: string;
                                /** @description Minor units of the cart’s currency */
                                amount: number;
                            }[];
                            items: {
                                id: string;
                                variantId: string;
                                productId: string;
                                title: string;
                                variantTitle: string;
                                sku: string | null;
                                thumbnail: string | null;
                                quantity: number;
                                /** @description Minor units of the cart’s currency */
                                unitPrice: number;
                                /** @description Minor units of the cart’s currency */
                                subtotal: number;
                                /** @description Minor units of the cart’s currency */
                                discount: number;
                                /** @description Minor units of the cart’s currency */
                                tax: number;
                                /** @description Minor units of the cart’s currency */
                                total: number;
                            }[];
                            unavailableItems: {
                                id: string;
                                variantId: string;
                                quantity: number;
                            }[];
                            shipping: {
                                /** @description Minor units of the cart’s currency */
                                amount: number;
                                /** @description Minor units of the cart’s currency */
                                discount: number;
                                /** @description Minor units of the cart’s currency */
                                tax: number;
                                /** @description Minor units of the cart’s currency */
                                total: number;
                                available: boolean;
                                delivery: {
                                    minDays: number;
                                    maxDays: number;
                                } | null;
                            };
                            totals: {
                                /** @description Minor units of the cart’s currency */
                                subtotal: number;
                                /** @description Minor units of the cart’s currency */
                                discountTotal: number;
                                /** @description Minor units of the cart’s currency */
                                shippingTotal: number;
                                /** @description Minor units of the cart’s currency */
                                taxTotal: number;
                                /** @description Minor units of the cart’s currency */
                                total: number;
                            };
                            /** Format: date-time */
                            expiresAt: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change the quantity of a cart line */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A cart_… id */
                    cartId: string;
                    /** @description A citem_… id */
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        quantity: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            regionId: string;
                            currency: string;
                            email: string | null;
                            countryCode: string | null;
                            shippingOptionId: string | null;
                            shippingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            billingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            promotionCode: string | null;
                            promotionCodeRejection: string | null;
                            promotions: {
                                id: string;
                                code?: string;
                                /** @description Minor units of the cart’s currency */
                                amount: number;
                            }[];
                            items: {
                                id: string;
                                variantId: string;
                                productId: string;
                                title: string;
                                variantTitle: string;
                                sku: string | null;
                                thumbnail: string | null;
                                quantity: number;
                                /** @description Minor units of the cart’s currency */
                                unitPrice: number;
                                /** @description Minor units of the cart’s currency */
                                subtotal: number;
                                /** @description Minor units of the cart’s currency */
                                discount: number;
                                /** @description Minor units of the cart’s currency */
                                tax: number;
                                /** @description Minor units of the cart’s currency */
                                total: number;
                            }[];
                            unavailableItems: {
                                id: string;
                                variantId: string;
                                quantity: number;
                            }[];
                            shipping: {
                                /** @description Minor units of the cart’s currency */
                                amount: number;
                                /** @description Minor units of the cart’s currency */
                                discount: number;
                                /** @description Minor units of the cart’s currency */
                                tax: number;
                                /** @description Minor units of the cart’s currency */
                                total: number;
                                available: boolean;
                                delivery: {
                                    minDays: number;
                                    maxDays: number;
                                } | null;
                            };
                            totals: {
                                /** @description Minor units of the cart’s currency */
                                subtotal: number;
                                /** @description Minor units of the cart’s currency */
                                discountTotal: number;
                                /** @description Minor units of the cart’s currency */
                                shippingTotal: number;
                                /** @description Minor units of the cart’s currency */
                                taxTotal: number;
                                /** @description Minor units of the cart’s currency */
                                total: number;
                            };
                            /** Format: date-time */
                            expiresAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/admin/promotions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Promotions, newest first */
        get: {
            parameters: {
                query: {
                    /** @description Page size, at most 100 */
                    limit: number;
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    active?: boolean;
                    code?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                code: string | null;
                                kind: "percentage" | "fixed" | "free_shipping" | "buy_x_get_y";
                                basisPoints: number | null;
                                amount: number | null;
                                currency: string | null;
                                target: ({
                                    /** @enum {string} */
                                    scope: "order";
                                } | {
                                    /** @enum {string} */
                                    scope: "products";
                                    productIds: string[];
                                } | {
                                    /** @enum {string} */
                                    scope: "categories";
                                    categoryIds: string[];
                                }) | null;
                                buyQuantity: number | null;
                                getQuantity: number | null;
                                productIds: string[] | null;
                                minSubtotal: number | null;
                                startsAt: string | null;
                                endsAt: string | null;
                                usageLimit: number | null;
                                perCustomerLimit: number | null;
                                usageCount: number;
                                active: boolean;
                                createdAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a promotion: by code or automatic; percentage, fixed amount, free shipping or buy X get Y */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        code?: string | null;
                        kind: "percentage" | "fixed" | "free_shipping" | "buy_x_get_y";
                        /** @description Basis points: 1500 = 15 % */
                        basisPoints?: number;
                        /** @description Amount in minor units (cents) */
                        amount?: number;
                        currency?: string | null;
                        target?: {
                            /** @enum {string} */
                            scope: "order";
                        } | {
                            /** @enum {string} */
                            scope: "products";
                            productIds: string[];
                        } | {
                            /** @enum {string} */
                            scope: "categories";
                            categoryIds: string[];
                        };
                        buyQuantity?: number;
                        getQuantity?: number;
                        productIds?: string[];
                        /** @description Amount in minor units, or null for none */
                        minSubtotal?: number | null;
                        startsAt?: string | null;
                        endsAt?: string | null;
                        usageLimit?: number | null;
                        perCustomerLimit?: number | null;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            code: string | null;
                            kind: "percentage" | "fixed" | "free_shipping" | "buy_x_get_y";
                            basisPoints: number | null;
                            amount: number | null;
                            currency: string | null;
                            target: ({
                                /** @enum {string} */
                                scope: "order";
                            } | {
                                /** @enum {string} */
                                scope: "products";
                                productIds: string[];
                            } | {
                                /** @enum {string} */
                                scope: "categories";
                                categoryIds: string[];
                            }) | null;
                            buyQuantity: number | null;
                            getQuantity: number | null;
                            productIds: string[] | null;
                            minSubtotal: number | null;
                            startsAt: string | null;
                            endsAt: string | null;
                            usageLimit: number | null;
                            perCustomerLimit: number | null;
                            usageCount: number;
                            active: boolean;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/promotions/{promotionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A promotion with its usage count */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A promo_… id */
                    promotionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            code: string | null;
                            kind: "percentage" | "fixed" | "free_shipping" | "buy_x_get_y";
                            basisPoints: number | null;
                            amount: number | null;
                            currency: string | null;
                            target: ({
                                /** @enum {string} */
                                scope: "order";
                            } | {
                                /** @enum {string} */
                                scope: "products";
                                productIds: string[];
                            } | {
                                /** @enum {string} */
                                scope: "categories";
                                categoryIds: string[];
                            }) | null;
                            buyQuantity: number | null;
                            getQuantity: number | null;
                            productIds: string[] | null;
                            minSubtotal: number | null;
                            startsAt: string | null;
                            endsAt: string | null;
                            usageLimit: number | null;
                            perCustomerLimit: number | null;
                            usageCount: number;
                            active: boolean;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a promotion (set active: false to stop it; used promotions are kept for the record) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A promo_… id */
                    promotionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        code?: string | null;
                        kind?: "percentage" | "fixed" | "free_shipping" | "buy_x_get_y";
                        /** @description Basis points: 1500 = 15 % */
                        basisPoints?: number;
                        /** @description Amount in minor units (cents) */
                        amount?: number;
                        currency?: string | null;
                        target?: {
                            /** @enum {string} */
                            scope: "order";
                        } | {
                            /** @enum {string} */
                            scope: "products";
                            productIds: string[];
                        } | {
                            /** @enum {string} */
                            scope: "categories";
                            categoryIds: string[];
                        };
                        buyQuantity?: number;
                        getQuantity?: number;
                        productIds?: string[];
                        /** @description Amount in minor units, or null for none */
                        minSubtotal?: number | null;
                        startsAt?: string | null;
                        endsAt?: string | null;
                        usageLimit?: number | null;
                        perCustomerLimit?: number | null;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            code: string | null;
                            kind: "percentage" | "fixed" | "free_shipping" | "buy_x_get_y";
                            basisPoints: number | null;
                            amount: number | null;
                            currency: string | null;
                            target: ({
                                /** @enum {string} */
                                scope: "order";
                            } | {
                                /** @enum {string} */
                                scope: "products";
                                productIds: string[];
                            } | {
                                /** @enum {string} */
                                scope: "categories";
                                categoryIds: string[];
                            }) | null;
                            buyQuantity: number | null;
                            getQuantity: number | null;
                            productIds: string[] | null;
                            minSubtotal: number | null;
                            startsAt: string | null;
                            endsAt: string | null;
                            usageLimit: number | null;
                            perCustomerLimit: number | null;
                            usageCount: number;
                            active: boolean;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/store/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Place an order from a cart and authorize its payment; idempotent per Idempotency-Key
         * @description 201 with the order (status pending while a 3-D Secure challenge waits, confirmed once authorized); 402 payment-declined when the card is refused (the stock is released and the cart stays open); 409 out-of-stock or promotion-unavailable; 422 when the cart lacks email, address or shipping option.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description A fresh random key per checkout attempt (a UUID); a retry with the same key returns the first answer */
                    "idempotency-key": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A cart_… id */
                        cartId: string;
                        /** @description From POST /store/payments/tokens */
                        paymentToken?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            order: {
                                id: string;
                                number: number;
                                /** @enum {unknown} */
                                status: "pending" | "confirmed" | "completed" | "canceled";
                                paymentStatus: string;
                                /** @enum {unknown} */
                                fulfillmentStatus: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_shipped" | "shipped" | "partially_delivered" | "delivered" | "canceled";
                                email: string | null;
                                customerId: string | null;
                                regionId: string;
                                currency: string;
                                countryCode: string;
                                pricesIncludeTax: boolean;
                                items: {
                                    id: string;
                                    variantId: string | null;
                                    productId: string | null;
                                    sku: string | null;
                                    title: string;
                                    variantTitle: string;
                                    thumbnail: string | null;
                                    quantity: number;
                                    /** @description Minor units of the order’s currency */
                                    unitPrice: number;
                                    /** @description Minor units of the order’s currency */
                                    subtotal: number;
                                    /** @description Minor units of the order’s currency */
                                    discount: number;
                                    /** @description Minor units of the order’s currency */
                                    tax: number;
                                    /** @description Minor units of the order’s currency */
                                    total: number;
                                    fulfilledQuantity: number;
                                    returnedQuantity: number;
                                }[];
                                shipping: {
                                    optionId: string | null;
                                    method: string | null;
                                    /** @description Minor units of the order’s currency */
                                    amount: number;
                                    /** @description Minor units of the order’s currency */
                                    discount: number;
                                    /** @description Minor units of the order’s currency */
                                    tax: number;
                                    /** @description Minor units of the order’s currency */
                                    total: number;
                                };
                                shippingAddress: {
                                    firstName: string;
                                    lastName: string;
                                    company?: string | null;
                                    line1: string;
                                    line2?: string | null;
                                    city: string;
                                    region?: string | null;
                                    postalCode: string;
                                    /** @description ISO 3166-1 alpha-2, upper case */
                                    countryCode: string;
                                    phone?: string | null;
                                } | null;
                                billingAddress: {
                                    firstName: string;
                                    lastName: string;
                                    company?: string | null;
                                    line1: string;
                                    line2?: string | null;
                                    city: string;
                                    region?: string | null;
                                    postalCode: string;
                                    /** @description ISO 3166-1 alpha-2, upper case */
                                    countryCode: string;
                                    phone?: string | null;
                                } | null;
                                promotionCode: string | null;
                                promotions: {
                                    id: string;
                                    code?: string;
                                    /** @description Minor units of the order’s currency */
                                    amount: number;
                                }[];
                                totals: {
                                    /** @description Minor units of the order’s currency */
                                    subtotal: number;
                                    /** @description Minor units of the order’s currency */
                                    discountTotal: number;
                                    /** @description Minor units of the order’s currency */
                                    shippingTotal: number;
                                    /** @description Minor units of the order’s currency */
                                    taxTotal: number;
                                    /** @description Minor units of the order’s currency */
                                    total: number;
                                    /** @description Minor units of the order’s currency */
                                    capturedTotal: number;
                                    /** @description Minor units of the order’s currency */
                                    refundedTotal: number;
                                };
                                payments: {
                                    id: string;
                                    provider: string;
                                    status: string;
                                    /** @description Minor units of the order’s currency */
                                    amount: number;
                                    /** @description Minor units of the order’s currency */
                                    authorizedAmount: number;
                                    /** @description Minor units of the order’s currency */
                                    capturedAmount: number;
                                    /** @description Minor units of the order’s currency */
                                    refundedAmount: number;
                                    card: {
                                        brand: string;
                                        last4: string;
                                        expMonth: number;
                                        expYear: number;
                                    } | null;
                                    nextAction: {
                                        /** @enum {string} */
                                        type: "redirect";
                                        url: string;
                                    } | null;
                                    failureReason: string | null;
                                }[];
                                fulfillments: {
                                    id: string;
                                    status: string;
                                    carrier: string | null;
                                    trackingNumber: string | null;
                                    trackingUrl: string | null;
                                    items: {
                                        lineId: string;
                                        quantity: number;
                                    }[];
                                    /** Format: date-time */
                                    createdAt: string;
                                    shippedAt: string | null;
                                    deliveredAt: string | null;
                                }[];
                                returns: {
                                    id: string;
                                    status: string;
                                    reason: string | null;
                                    restock: boolean;
                                    refundAmount: number | null;
                                    items: {
                                        lineId: string;
                                        quantity: number;
                                    }[];
                                    /** Format: date-time */
                                    createdAt: string;
                                    receivedAt: string | null;
                                    refundedAt: string | null;
                                }[];
                                history: {
                                    field: string;
                                    from: string | null;
                                    to: string | null;
                                    actor: string;
                                    reason: string | null;
                                    /** Format: date-time */
                                    at: string;
                                }[];
                                cancelReason: string | null;
                                /** Format: date-time */
                                placedAt: string;
                                canceledAt: string | null;
                            };
                            payment: {
                                id: string;
                                status: string;
                                nextAction: {
                                    /** @enum {string} */
                                    type: "redirect";
                                    url: string;
                                } | null;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search products: typo-tolerant, with filters, disjunctive facets, sorts and highlighted titles */
        get: {
            parameters: {
                query: {
                    /** @description What the shopper typed; empty: everything matching the filters */
                    q?: string;
                    /** @description ISO 4217 currency code */
                    currency?: string;
                    /** @description Category handles; a category includes its descendants */
                    category?: string[];
                    collection?: string[];
                    brand?: string[];
                    /** @description Amount in minor units (cents) */
                    minPrice?: number;
                    /** @description Amount in minor units (cents) */
                    maxPrice?: number;
                    inStock?: boolean;
                    /** @description Attribute filters: several values of one attribute are OR-ed, attributes AND-ed */
                    filter?: string[];
                    sort?: "relevance" | "price_asc" | "price_desc" | "newest" | "bestselling";
                    page: number;
                    limit: number;
                    facets: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            query: string;
                            interpretedAs: string | null;
                            currency: string;
                            total: number;
                            page: number;
                            limit: number;
                            items: {
                                id: string;
                                handle: string;
                                title: string;
                                brand: string | null;
                                status: "draft" | "active" | "archived";
                                thumbnail: {
                                    id: string;
                                    url: string;
                                    alt: string;
                                    width: number | null;
                                    height: number | null;
                                } | null;
                                price: {
                                    currency: string;
                                    min: number;
                                    max: number;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                                inStock: boolean;
                                /** @description HTML-escaped title with matches in <mark> */
                                highlightedTitle: string;
                            }[];
                            facets: {
                                brand: {
                                    value: string;
                                    count: number;
                                    selected: boolean;
                                }[];
                                category: {
                                    id: string;
                                    handle: string;
                                    name: string;
                                    count: number;
                                    selected: boolean;
                                }[];
                                price: {
                                    min: number;
                                    max: number | null;
                                    count: number;
                                    selected: boolean;
                                }[];
                                attributes: {
                                    name: string;
                                    values: {
                                        value: string;
                                        count: number;
                                        selected: boolean;
                                    }[];
                                }[];
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/search/suggest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** As-you-type suggestions: products, categories and brands */
        get: {
            parameters: {
                query: {
                    q: string;
                    /** @description ISO 4217 currency code */
                    currency?: string;
                    limit: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            query: string;
                            products: {
                                id: string;
                                label: string;
                                highlightedLabel: string;
                                handle: string;
                            }[];
                            categories: {
                                id: string;
                                label: string;
                                highlightedLabel: string;
                                handle: string;
                            }[];
                            brands: {
                                label: string;
                                highlightedLabel: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/search/synonyms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Synonym groups: a query word matches every word of its group */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                words: string[];
                            }[];
                            nextCursor: null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a synonym group */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        words: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            words: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/search/synonyms/{groupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the words of a synonym group */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A syn_… id */
                    groupId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        words: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            words: string[];
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove a synonym group */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A syn_… id */
                    groupId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/search/stop-words": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Words ignored in queries */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            words: string[];
                        };
                    };
                };
            };
        };
        /** Replace the stop words */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        words: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            words: string[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/search/zero-results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Queries that found nothing, most searched first */
        get: {
            parameters: {
                query: {
                    limit: number;
                    page: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                query: string;
                                searches: number;
                                firstAt: string;
                                lastAt: string;
                            }[];
                            page: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Take a query off the zero-result report (it returns if shoppers search for it again) */
        delete: {
            parameters: {
                query: {
                    /** @description The query as the report lists it */
                    query: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in customer’s orders, newest first */
        get: {
            parameters: {
                query: {
                    /** @description Page size, at most 100 */
                    limit: number;
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                number: number;
                                /** @enum {unknown} */
                                status: "pending" | "confirmed" | "completed" | "canceled";
                                paymentStatus: string;
                                /** @enum {unknown} */
                                fulfillmentStatus: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_shipped" | "shipped" | "partially_delivered" | "delivered" | "canceled";
                                email: string | null;
                                customerId: string | null;
                                currency: string;
                                /** @description Minor units of the order’s currency */
                                total: number;
                                itemCount: number;
                                /** Format: date-time */
                                placedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/orders/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the signed-in customer’s orders, with its timeline */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A ord_… id */
                    orderId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: number;
                            /** @enum {unknown} */
                            status: "pending" | "confirmed" | "completed" | "canceled";
                            paymentStatus: string;
                            /** @enum {unknown} */
                            fulfillmentStatus: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_shipped" | "shipped" | "partially_delivered" | "delivered" | "canceled";
                            email: string | null;
                            customerId: string | null;
                            regionId: string;
                            currency: string;
                            countryCode: string;
                            pricesIncludeTax: boolean;
                            items: {
                                id: string;
                                variantId: string | null;
                                productId: string | null;
                                sku: string | null;
                                title: string;
                                variantTitle: string;
                                thumbnail: string | null;
                                quantity: number;
                                /** @description Minor units of the order’s currency */
                                unitPrice: number;
                                /** @description Minor units of the order’s currency */
                                subtotal: number;
                                /** @description Minor units of the order’s currency */
                                discount: number;
                                /** @description Minor units of the order’s currency */
                                tax: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                                fulfilledQuantity: number;
                                returnedQuantity: number;
                            }[];
                            shipping: {
                                optionId: string | null;
                                method: string | null;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                                /** @description Minor units of the order’s currency */
                                discount: number;
                                /** @description Minor units of the order’s currency */
                                tax: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                            };
                            shippingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            billingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            promotionCode: string | null;
                            promotions: {
                                id: string;
                                code?: string;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                            }[];
                            totals: {
                                /** @description Minor units of the order’s currency */
                                subtotal: number;
                                /** @description Minor units of the order’s currency */
                                discountTotal: number;
                                /** @description Minor units of the order’s currency */
                                shippingTotal: number;
                                /** @description Minor units of the order’s currency */
                                taxTotal: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                                /** @description Minor units of the order’s currency */
                                capturedTotal: number;
                                /** @description Minor units of the order’s currency */
                                refundedTotal: number;
                            };
                            payments: {
                                id: string;
                                provider: string;
                                status: string;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                                /** @description Minor units of the order’s currency */
                                authorizedAmount: number;
                                /** @description Minor units of the order’s currency */
                                capturedAmount: number;
                                /** @description Minor units of the order’s currency */
                                refundedAmount: number;
                                card: {
                                    brand: string;
                                    last4: string;
                                    expMonth: number;
                                    expYear: number;
                                } | null;
                                nextAction: {
                                    /** @enum {string} */
                                    type: "redirect";
                                    url: string;
                                } | null;
                                failureReason: string | null;
                            }[];
                            fulfillments: {
                                id: string;
                                status: string;
                                carrier: string | null;
                                trackingNumber: string | null;
                                trackingUrl: string | null;
                                items: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                shippedAt: string | null;
                                deliveredAt: string | null;
                            }[];
                            returns: {
                                id: string;
                                status: string;
                                reason: string | null;
                                restock: boolean;
                                refundAmount: number | null;
                                items: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                receivedAt: string | null;
                                refundedAt: string | null;
                            }[];
                            history: {
                                field: string;
                                from: string | null;
                                to: string | null;
                                actor: string;
                                reason: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                            cancelReason: string | null;
                            /** Format: date-time */
                            placedAt: string;
                            canceledAt: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/orders/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A guest finds an order by its id and the email it was placed with (404 on any mismatch) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A ord_… id */
                        orderId: string;
                        /**
                         * Format: email
                         * @description Email address
                         */
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: number;
                            /** @enum {unknown} */
                            status: "pending" | "confirmed" | "completed" | "canceled";
                            paymentStatus: string;
                            /** @enum {unknown} */
                            fulfillmentStatus: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_shipped" | "shipped" | "partially_delivered" | "delivered" | "canceled";
                            email: string | null;
                            customerId: string | null;
                            regionId: string;
                            currency: string;
                            countryCode: string;
                            pricesIncludeTax: boolean;
                            items: {
                                id: string;
                                variantId: string | null;
                                productId: string | null;
                                sku: string | null;
                                title: string;
                                variantTitle: string;
                                thumbnail: string | null;
                                quantity: number;
                                /** @description Minor units of the order’s currency */
                                unitPrice: number;
                                /** @description Minor units of the order’s currency */
                                subtotal: number;
                                /** @description Minor units of the order’s currency */
                                discount: number;
                                /** @description Minor units of the order’s currency */
                                tax: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                                fulfilledQuantity: number;
                                returnedQuantity: number;
                            }[];
                            shipping: {
                                optionId: string | null;
                                method: string | null;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                                /** @description Minor units of the order’s currency */
                                discount: number;
                                /** @description Minor units of the order’s currency */
                                tax: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                            };
                            shippingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            billingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            promotionCode: string | null;
                            promotions: {
                                id: string;
                                code?: string;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                            }[];
                            totals: {
                                /** @description Minor units of the order’s currency */
                                subtotal: number;
                                /** @description Minor units of the order’s currency */
                                discountTotal: number;
                                /** @description Minor units of the order’s currency */
                                shippingTotal: number;
                                /** @description Minor units of the order’s currency */
                                taxTotal: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                                /** @description Minor units of the order’s currency */
                                capturedTotal: number;
                                /** @description Minor units of the order’s currency */
                                refundedTotal: number;
                            };
                            payments: {
                                id: string;
                                provider: string;
                                status: string;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                                /** @description Minor units of the order’s currency */
                                authorizedAmount: number;
                                /** @description Minor units of the order’s currency */
                                capturedAmount: number;
                                /** @description Minor units of the order’s currency */
                                refundedAmount: number;
                                card: {
                                    brand: string;
                                    last4: string;
                                    expMonth: number;
                                    expYear: number;
                                } | null;
                                nextAction: {
                                    /** @enum {string} */
                                    type: "redirect";
                                    url: string;
                                } | null;
                                failureReason: string | null;
                            }[];
                            fulfillments: {
                                id: string;
                                status: string;
                                carrier: string | null;
                                trackingNumber: string | null;
                                trackingUrl: string | null;
                                items: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                shippedAt: string | null;
                                deliveredAt: string | null;
                            }[];
                            returns: {
                                id: string;
                                status: string;
                                reason: string | null;
                                restock: boolean;
                                refundAmount: number | null;
                                items: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                receivedAt: string | null;
                                refundedAt: string | null;
                            }[];
                            history: {
                                field: string;
                                from: string | null;
                                to: string | null;
                                actor: string;
                                reason: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                            cancelReason: string | null;
                            /** Format: date-time */
                            placedAt: string;
                            canceledAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/orders/{orderId}/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask to return delivered or shipped units of one of your orders */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A ord_… id */
                    orderId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            /** @description A oline_… id */
                            lineId: string;
                            quantity: number;
                        }[];
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            returnId: string;
                            order: {
                                id: string;
                                number: number;
                                /** @enum {unknown} */
                                status: "pending" | "confirmed" | "completed" | "canceled";
                                paymentStatus: string;
                                /** @enum {unknown} */
                                fulfillmentStatus: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_shipped" | "shipped" | "partially_delivered" | "delivered" | "canceled";
                                email: string | null;
                                customerId: string | null;
                                regionId: string;
                                currency: string;
                                countryCode: string;
                                pricesIncludeTax: boolean;
                                items: {
                                    id: string;
                                    variantId: string | null;
                                    productId: string | null;
                                    sku: string | null;
                                    title: string;
                                    variantTitle: string;
                                    thumbnail: string | null;
                                    quantity: number;
                                    /** @description Minor units of the order’s currency */
                                    unitPrice: number;
                                    /** @description Minor units of the order’s currency */
                                    subtotal: number;
                                    /** @description Minor units of the order’s currency */
                                    discount: number;
                                    /** @description Minor units of the order’s currency */
                                    tax: number;
                                    /** @description Minor units of the order’s currency */
                                    total: number;
                                    fulfilledQuantity: number;
                                    returnedQuantity: number;
                                }[];
                                shipping: {
                                    optionId: string | null;
                                    method: string | null;
                                    /** @description Minor units of the order’s currency */
                                    amount: number;
                                    /** @description Minor units of the order’s currency */
                                    discount: number;
                                    /** @description Minor units of the order’s currency */
                                    tax: number;
                                    /** @description Minor units of the order’s currency */
                                    total: number;
                                };
                                shippingAddress: {
                                    firstName: string;
                                    lastName: string;
                                    company?: string | null;
                                    line1: string;
                                    line2?: string | null;
                                    city: string;
                                    region?: string | null;
                                    postalCode: string;
                                    /** @description ISO 3166-1 alpha-2, upper case */
                                    countryCode: string;
                                    phone?: string | null;
                                } | null;
                                billingAddress: {
                                    firstName: string;
                                    lastName: string;
                                    company?: string | null;
                                    line1: string;
                                    line2?: string | null;
                                    city: string;
                                    region?: string | null;
                                    postalCode: string;
                                    /** @description ISO 3166-1 alpha-2, upper case */
                                    countryCode: string;
                                    phone?: string | null;
                                } | null;
                                promotionCode: string | null;
                                promotions: {
                                    id: string;
                                    code?: string;
                                    /** @description Minor units of the order’s currency */
                                    amount: number;
                                }[];
                                totals: {
                                    /** @description Minor units of the order’s currency */
                                    subtotal: number;
                                    /** @description Minor units of the order’s currency */
                                    discountTotal: number;
                                    /** @description Minor units of the order’s currency */
                                    shippingTotal: number;
                                    /** @description Minor units of the order’s currency */
                                    taxTotal: number;
                                    /** @description Minor units of the order’s currency */
                                    total: number;
                                    /** @description Minor units of the order’s currency */
                                    capturedTotal: number;
                                    /** @description Minor units of the order’s currency */
                                    refundedTotal: number;
                                };
                                payments: {
                                    id: string;
                                    provider: string;
                                    status: string;
                                    /** @description Minor units of the order’s currency */
                                    amount: number;
                                    /** @description Minor units of the order’s currency */
                                    authorizedAmount: number;
                                    /** @description Minor units of the order’s currency */
                                    capturedAmount: number;
                                    /** @description Minor units of the order’s currency */
                                    refundedAmount: number;
                                    card: {
                                        brand: string;
                                        last4: string;
                                        expMonth: number;
                                        expYear: number;
                                    } | null;
                                    nextAction: {
                                        /** @enum {string} */
                                        type: "redirect";
                                        url: string;
                                    } | null;
                                    failureReason: string | null;
                                }[];
                                fulfillments: {
                                    id: string;
                                    status: string;
                                    carrier: string | null;
                                    trackingNumber: string | null;
                                    trackingUrl: string | null;
                                    items: {
                                        lineId: string;
                                        quantity: number;
                                    }[];
                                    /** Format: date-time */
                                    createdAt: string;
                                    shippedAt: string | null;
                                    deliveredAt: string | null;
                                }[];
                                returns: {
                                    id: string;
                                    status: string;
                                    reason: string | null;
                                    restock: boolean;
                                    refundAmount: number | null;
                                    items: {
                                        lineId: string;
                                        quantity: number;
                                    }[];
                                    /** Format: date-time */
                                    createdAt: string;
                                    receivedAt: string | null;
                                    refundedAt: string | null;
                                }[];
                                history: {
                                    field: string;
                                    from: string | null;
                                    to: string | null;
                                    actor: string;
                                    reason: string | null;
                                    /** Format: date-time */
                                    at: string;
                                }[];
                                cancelReason: string | null;
                                /** Format: date-time */
                                placedAt: string;
                                canceledAt: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/orders/{orderId}/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The order’s status as it changes, as server-sent events (text/event-stream)
         * @description Events: `status` (statuses now, first), `order.updated` and `fulfillment.shipped` (as they happen). A comment line every 20 s keeps the stream open.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A ord_… id */
                    orderId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/event-stream */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Orders, newest first, filtered by status, customer, email, number, date range and total */
        get: {
            parameters: {
                query: {
                    /** @description Page size, at most 100 */
                    limit: number;
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    status?: "pending" | "confirmed" | "completed" | "canceled";
                    paymentStatus?: string;
                    fulfillmentStatus?: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_shipped" | "shipped" | "partially_delivered" | "delivered" | "canceled";
                    /** @description A cus_… id */
                    customerId?: string;
                    email?: string;
                    number?: number;
                    /** @description ISO 4217 currency code */
                    currency?: string;
                    placedFrom?: string;
                    placedTo?: string;
                    /** @description Amount in minor units (cents) */
                    totalMin?: number;
                    /** @description Amount in minor units (cents) */
                    totalMax?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                number: number;
                                /** @enum {unknown} */
                                status: "pending" | "confirmed" | "completed" | "canceled";
                                paymentStatus: string;
                                /** @enum {unknown} */
                                fulfillmentStatus: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_shipped" | "shipped" | "partially_delivered" | "delivered" | "canceled";
                                email: string | null;
                                customerId: string | null;
                                currency: string;
                                /** @description Minor units of the order’s currency */
                                total: number;
                                itemCount: number;
                                /** Format: date-time */
                                placedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/orders/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An order with payments, fulfilments, returns and its full timeline */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A ord_… id */
                    orderId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: number;
                            /** @enum {unknown} */
                            status: "pending" | "confirmed" | "completed" | "canceled";
                            paymentStatus: string;
                            /** @enum {unknown} */
                            fulfillmentStatus: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_shipped" | "shipped" | "partially_delivered" | "delivered" | "canceled";
                            email: string | null;
                            customerId: string | null;
                            regionId: string;
                            currency: string;
                            countryCode: string;
                            pricesIncludeTax: boolean;
                            items: {
                                id: string;
                                variantId: string | null;
                                productId: string | null;
                                sku: string | null;
                                title: string;
                                variantTitle: string;
                                thumbnail: string | null;
                                quantity: number;
                                /** @description Minor units of the order’s currency */
                                unitPrice: number;
                                /** @description Minor units of the order’s currency */
                                subtotal: number;
                                /** @description Minor units of the order’s currency */
                                discount: number;
                                /** @description Minor units of the order’s currency */
                                tax: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                                fulfilledQuantity: number;
                                returnedQuantity: number;
                            }[];
                            shipping: {
                                optionId: string | null;
                                method: string | null;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                                /** @description Minor units of the order’s currency */
                                discount: number;
                                /** @description Minor units of the order’s currency */
                                tax: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                            };
                            shippingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            billingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            promotionCode: string | null;
                            promotions: {
                                id: string;
                                code?: string;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                            }[];
                            totals: {
                                /** @description Minor units of the order’s currency */
                                subtotal: number;
                                /** @description Minor units of the order’s currency */
                                discountTotal: number;
                                /** @description Minor units of the order’s currency */
                                shippingTotal: number;
                                /** @description Minor units of the order’s currency */
                                taxTotal: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                                /** @description Minor units of the order’s currency */
                                capturedTotal: number;
                                /** @description Minor units of the order’s currency */
                                refundedTotal: number;
                            };
                            payments: {
                                id: string;
                                provider: string;
                                status: string;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                                /** @description Minor units of the order’s currency */
                                authorizedAmount: number;
                                /** @description Minor units of the order’s currency */
                                capturedAmount: number;
                                /** @description Minor units of the order’s currency */
                                refundedAmount: number;
                                card: {
                                    brand: string;
                                    last4: string;
                                    expMonth: number;
                                    expYear: number;
                                } | null;
                                nextAction: {
                                    /** @enum {string} */
                                    type: "redirect";
                                    url: string;
                                } | null;
                                failureReason: string | null;
                            }[];
                            fulfillments: {
                                id: string;
                                status: string;
                                carrier: string | null;
                                trackingNumber: string | null;
                                trackingUrl: string | null;
                                items: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                shippedAt: string | null;
                                deliveredAt: string | null;
                            }[];
                            returns: {
                                id: string;
                                status: string;
                                reason: string | null;
                                restock: boolean;
                                refundAmount: number | null;
                                items: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                receivedAt: string | null;
                                refundedAt: string | null;
                            }[];
                            history: {
                                field: string;
                                from: string | null;
                                to: string | null;
                                actor: string;
                                reason: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                            cancelReason: string | null;
                            /** Format: date-time */
                            placedAt: string;
                            canceledAt: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/orders/{orderId}/capture": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Capture the authorized payment, fully or in part */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A ord_… id */
                    orderId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Default: all that is authorized and not captured */
                        amount?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: number;
                            /** @enum {unknown} */
                            status: "pending" | "confirmed" | "completed" | "canceled";
                            paymentStatus: string;
                            /** @enum {unknown} */
                            fulfillmentStatus: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_shipped" | "shipped" | "partially_delivered" | "delivered" | "canceled";
                            email: string | null;
                            customerId: string | null;
                            regionId: string;
                            currency: string;
                            countryCode: string;
                            pricesIncludeTax: boolean;
                            items: {
                                id: string;
                                variantId: string | null;
                                productId: string | null;
                                sku: string | null;
                                title: string;
                                variantTitle: string;
                                thumbnail: string | null;
                                quantity: number;
                                /** @description Minor units of the order’s currency */
                                unitPrice: number;
                                /** @description Minor units of the order’s currency */
                                subtotal: number;
                                /** @description Minor units of the order’s currency */
                                discount: number;
                                /** @description Minor units of the order’s currency */
                                tax: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                                fulfilledQuantity: number;
                                returnedQuantity: number;
                            }[];
                            shipping: {
                                optionId: string | null;
                                method: string | null;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                                /** @description Minor units of the order’s currency */
                                discount: number;
                                /** @description Minor units of the order’s currency */
                                tax: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                            };
                            shippingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            billingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            promotionCode: string | null;
                            promotions: {
                                id: string;
                                code?: string;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                            }[];
                            totals: {
                                /** @description Minor units of the order’s currency */
                                subtotal: number;
                                /** @description Minor units of the order’s currency */
                                discountTotal: number;
                                /** @description Minor units of the order’s currency */
                                shippingTotal: number;
                                /** @description Minor units of the order’s currency */
                                taxTotal: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                                /** @description Minor units of the order’s currency */
                                capturedTotal: number;
                                /** @description Minor units of the order’s currency */
                                refundedTotal: number;
                            };
                            payments: {
                                id: string;
                                provider: string;
                                status: string;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                                /** @description Minor units of the order’s currency */
                                authorizedAmount: number;
                                /** @description Minor units of the order’s currency */
                                capturedAmount: number;
                                /** @description Minor units of the order’s currency */
                                refundedAmount: number;
                                card: {
                                    brand: string;
                                    last4: string;
                                    expMonth: number;
                                    expYear: number;
                                } | null;
                                nextAction: {
                                    /** @enum {string} */
                                    type: "redirect";
                                    url: string;
                                } | null;
                                failureReason: string | null;
                            }[];
                            fulfillments: {
                                id: string;
                                status: string;
                                carrier: string | null;
                                trackingNumber: string | null;
                                trackingUrl: string | null;
                                items: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                shippedAt: string | null;
                                deliveredAt: string | null;
                            }[];
                            returns: {
                                id: string;
                                status: string;
                                reason: string | null;
                                restock: boolean;
                                refundAmount: number | null;
                                items: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                receivedAt: string | null;
                                refundedAt: string | null;
                            }[];
                            history: {
                                field: string;
                                from: string | null;
                                to: string | null;
                                actor: string;
                                reason: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                            cancelReason: string | null;
                            /** Format: date-time */
                            placedAt: string;
                            canceledAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/orders/{orderId}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refund part or all of what was captured (never more) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A ord_… id */
                    orderId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: number;
                            /** @enum {unknown} */
                            status: "pending" | "confirmed" | "completed" | "canceled";
                            paymentStatus: string;
                            /** @enum {unknown} */
                            fulfillmentStatus: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_shipped" | "shipped" | "partially_delivered" | "delivered" | "canceled";
                            email: string | null;
                            customerId: string | null;
                            regionId: string;
                            currency: string;
                            countryCode: string;
                            pricesIncludeTax: boolean;
                            items: {
                                id: string;
                                variantId: string | null;
                                productId: string | null;
                                sku: string | null;
                                title: string;
                                variantTitle: string;
                                thumbnail: string | null;
                                quantity: number;
                                /** @description Minor units of the order’s currency */
                                unitPrice: number;
                                /** @description Minor units of the order’s currency */
                                subtotal: number;
                                /** @description Minor units of the order’s currency */
                                discount: number;
                                /** @description Minor units of the order’s currency */
                                tax: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                                fulfilledQuantity: number;
                                returnedQuantity: number;
                            }[];
                            shipping: {
                                optionId: string | null;
                                method: string | null;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                                /** @description Minor units of the order’s currency */
                                discount: number;
                                /** @description Minor units of the order’s currency */
                                tax: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                            };
                            shippingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            billingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            promotionCode: string | null;
                            promotions: {
                                id: string;
                                code?: string;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                            }[];
                            totals: {
                                /** @description Minor units of the order’s currency */
                                subtotal: number;
                                /** @description Minor units of the order’s currency */
                                discountTotal: number;
                                /** @description Minor units of the order’s currency */
                                shippingTotal: number;
                                /** @description Minor units of the order’s currency */
                                taxTotal: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                                /** @description Minor units of the order’s currency */
                                capturedTotal: number;
                                /** @description Minor units of the order’s currency */
                                refundedTotal: number;
                            };
                            payments: {
                                id: string;
                                provider: string;
                                status: string;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                                /** @description Minor units of the order’s currency */
                                authorizedAmount: number;
                                /** @description Minor units of the order’s currency */
                                capturedAmount: number;
                                /** @description Minor units of the order’s currency */
                                refundedAmount: number;
                                card: {
                                    brand: string;
                                    last4: string;
                                    expMonth: number;
                                    expYear: number;
                                } | null;
                                nextAction: {
                                    /** @enum {string} */
                                    type: "redirect";
                                    url: string;
                                } | null;
                                failureReason: string | null;
                            }[];
                            fulfillments: {
                                id: string;
                                status: string;
                                carrier: string | null;
                                trackingNumber: string | null;
                                trackingUrl: string | null;
                                items: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                shippedAt: string | null;
                                deliveredAt: string | null;
                            }[];
                            returns: {
                                id: string;
                                status: string;
                                reason: string | null;
                                restock: boolean;
                                refundAmount: number | null;
                                items: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                receivedAt: string | null;
                                refundedAt: string | null;
                            }[];
                            history: {
                                field: string;
                                from: string | null;
                                to: string | null;
                                actor: string;
                                reason: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                            cancelReason: string | null;
                            /** Format: date-time */
                            placedAt: string;
                            canceledAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/orders/{orderId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an order that has not shipped: stock is released, the payment voided or refunded */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A ord_… id */
                    orderId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: number;
                            /** @enum {unknown} */
                            status: "pending" | "confirmed" | "completed" | "canceled";
                            paymentStatus: string;
                            /** @enum {unknown} */
                            fulfillmentStatus: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_shipped" | "shipped" | "partially_delivered" | "delivered" | "canceled";
                            email: string | null;
                            customerId: string | null;
                            regionId: string;
                            currency: string;
                            countryCode: string;
                            pricesIncludeTax: boolean;
                            items: {
                                id: string;
                                variantId: string | null;
                                productId: string | null;
                                sku: string | null;
                                title: string;
                                variantTitle: string;
                                thumbnail: string | null;
                                quantity: number;
                                /** @description Minor units of the order’s currency */
                                unitPrice: number;
                                /** @description Minor units of the order’s currency */
                                subtotal: number;
                                /** @description Minor units of the order’s currency */
                                discount: number;
                                /** @description Minor units of the order’s currency */
                                tax: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                                fulfilledQuantity: number;
                                returnedQuantity: number;
                            }[];
                            shipping: {
                                optionId: string | null;
                                method: string | null;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                                /** @description Minor units of the order’s currency */
                                discount: number;
                                /** @description Minor units of the order’s currency */
                                tax: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                            };
                            shippingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            billingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            promotionCode: string | null;
                            promotions: {
                                id: string;
                                code?: string;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                            }[];
                            totals: {
                                /** @description Minor units of the order’s currency */
                                subtotal: number;
                                /** @description Minor units of the order’s currency */
                                discountTotal: number;
                                /** @description Minor units of the order’s currency */
                                shippingTotal: number;
                                /** @description Minor units of the order’s currency */
                                taxTotal: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                                /** @description Minor units of the order’s currency */
                                capturedTotal: number;
                                /** @description Minor units of the order’s currency */
                                refundedTotal: number;
                            };
                            payments: {
                                id: string;
                                provider: string;
                                status: string;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                                /** @description Minor units of the order’s currency */
                                authorizedAmount: number;
                                /** @description Minor units of the order’s currency */
                                capturedAmount: number;
                                /** @description Minor units of the order’s currency */
                                refundedAmount: number;
                                card: {
                                    brand: string;
                                    last4: string;
                                    expMonth: number;
                                    expYear: number;
                                } | null;
                                nextAction: {
                                    /** @enum {string} */
                                    type: "redirect";
                                    url: string;
                                } | null;
                                failureReason: string | null;
                            }[];
                            fulfillments: {
                                id: string;
                                status: string;
                                carrier: string | null;
                                trackingNumber: string | null;
                                trackingUrl: string | null;
                                items: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                shippedAt: string | null;
                                deliveredAt: string | null;
                            }[];
                            returns: {
                                id: string;
                                status: string;
                                reason: string | null;
                                restock: boolean;
                                refundAmount: number | null;
                                items: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                receivedAt: string | null;
                                refundedAt: string | null;
                            }[];
                            history: {
                                field: string;
                                from: string | null;
                                to: string | null;
                                actor: string;
                                reason: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                            cancelReason: string | null;
                            /** Format: date-time */
                            placedAt: string;
                            canceledAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/orders/{orderId}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a note to the order’s timeline */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A ord_… id */
                    orderId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: number;
                            /** @enum {unknown} */
                            status: "pending" | "confirmed" | "completed" | "canceled";
                            paymentStatus: string;
                            /** @enum {unknown} */
                            fulfillmentStatus: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_shipped" | "shipped" | "partially_delivered" | "delivered" | "canceled";
                            email: string | null;
                            customerId: string | null;
                            regionId: string;
                            currency: string;
                            countryCode: string;
                            pricesIncludeTax: boolean;
                            items: {
                                id: string;
                                variantId: string | null;
                                productId: string | null;
                                sku: string | null;
                                title: string;
                                variantTitle: string;
                                thumbnail: string | null;
                                quantity: number;
                                /** @description Minor units of the order’s currency */
                                unitPrice: number;
                                /** @description Minor units of the order’s currency */
                                subtotal: number;
                                /** @description Minor units of the order’s currency */
                                discount: number;
                                /** @description Minor units of the order’s currency */
                                tax: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                                fulfilledQuantity: number;
                                returnedQuantity: number;
                            }[];
                            shipping: {
                                optionId: string | null;
                                method: string | null;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                                /** @description Minor units of the order’s currency */
                                discount: number;
                                /** @description Minor units of the order’s currency */
                                tax: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                            };
                            shippingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            billingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            promotionCode: string | null;
                            promotions: {
                                id: string;
                                code?: string;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                            }[];
                            totals: {
                                /** @description Minor units of the order’s currency */
                                subtotal: number;
                                /** @description Minor units of the order’s currency */
                                discountTotal: number;
                                /** @description Minor units of the order’s currency */
                                shippingTotal: number;
                                /** @description Minor units of the order’s currency */
                                taxTotal: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                                /** @description Minor units of the order’s currency */
                                capturedTotal: number;
                                /** @description Minor units of the order’s currency */
                                refundedTotal: number;
                            };
                            payments: {
                                id: string;
                                provider: string;
                                status: string;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                                /** @description Minor units of the order’s currency */
                                authorizedAmount: number;
                                /** @description Minor units of the order’s currency */
                                capturedAmount: number;
                                /** @description Minor units of the order’s currency */
                                refundedAmount: number;
                                card: {
                                    brand: string;
                                    last4: string;
                                    expMonth: number;
                                    expYear: number;
                                } | null;
                                nextAction: {
                                    /** @enum {string} */
                                    type: "redirect";
                                    url: string;
                                } | null;
                                failureReason: string | null;
                            }[];
                            fulfillments: {
                                id: string;
                                status: string;
                                carrier: string | null;
                                trackingNumber: string | null;
                                trackingUrl: string | null;
                                items: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                shippedAt: string | null;
                                deliveredAt: string | null;
                            }[];
                            returns: {
                                id: string;
                                status: string;
                                reason: string | null;
                                restock: boolean;
                                refundAmount: number | null;
                                items: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                receivedAt: string | null;
                                refundedAt: string | null;
                            }[];
                            history: {
                                field: string;
                                from: string | null;
                                to: string | null;
                                actor: string;
                                reason: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                            cancelReason: string | null;
                            /** Format: date-time */
                            placedAt: string;
                            canceledAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/orders/{orderId}/fulfillments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pack some or all units into a fulfilment (ship: true when it leaves at once, with carrier and tracking) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A ord_… id */
                    orderId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            /** @description A oline_… id */
                            lineId: string;
                            quantity: number;
                        }[];
                        carrier?: string;
                        trackingNumber?: string;
                        /** Format: uri */
                        trackingUrl?: string;
                        ship?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: number;
                            /** @enum {unknown} */
                            status: "pending" | "confirmed" | "completed" | "canceled";
                            paymentStatus: string;
                            /** @enum {unknown} */
                            fulfillmentStatus: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_shipped" | "shipped" | "partially_delivered" | "delivered" | "canceled";
                            email: string | null;
                            customerId: string | null;
                            regionId: string;
                            currency: string;
                            countryCode: string;
                            pricesIncludeTax: boolean;
                            items: {
                                id: string;
                                variantId: string | null;
                                productId: string | null;
                                sku: string | null;
                                title: string;
                                variantTitle: string;
                                thumbnail: string | null;
                                quantity: number;
                                /** @description Minor units of the order’s currency */
                                unitPrice: number;
                                /** @description Minor units of the order’s currency */
                                subtotal: number;
                                /** @description Minor units of the order’s currency */
                                discount: number;
                                /** @description Minor units of the order’s currency */
                                tax: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                                fulfilledQuantity: number;
                                returnedQuantity: number;
                            }[];
                            shipping: {
                                optionId: string | null;
                                method: string | null;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                                /** @description Minor units of the order’s currency */
                                discount: number;
                                /** @description Minor units of the order’s currency */
                                tax: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                            };
                            shippingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            billingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            promotionCode: string | null;
                            promotions: {
                                id: string;
                                code?: string;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                            }[];
                            totals: {
                                /** @description Minor units of the order’s currency */
                                subtotal: number;
                                /** @description Minor units of the order’s currency */
                                discountTotal: number;
                                /** @description Minor units of the order’s currency */
                                shippingTotal: number;
                                /** @description Minor units of the order’s currency */
                                taxTotal: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                                /** @description Minor units of the order’s currency */
                                capturedTotal: number;
                                /** @description Minor units of the order’s currency */
                                refundedTotal: number;
                            };
                            payments: {
                                id: string;
                                provider: string;
                                status: string;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                                /** @description Minor units of the order’s currency */
                                authorizedAmount: number;
                                /** @description Minor units of the order’s currency */
                                capturedAmount: number;
                                /** @description Minor units of the order’s currency */
                                refundedAmount: number;
                                card: {
                                    brand: string;
                                    last4: string;
                                    expMonth: number;
                                    expYear: number;
                                } | null;
                                nextAction: {
                                    /** @enum {string} */
                                    type: "redirect";
                                    url: string;
                                } | null;
                                failureReason: string | null;
                            }[];
                            fulfillments: {
                                id: string;
                                status: string;
                                carrier: string | null;
                                trackingNumber: string | null;
                                trackingUrl: string | null;
                                items: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                shippedAt: string | null;
                                deliveredAt: string | null;
                            }[];
                            returns: {
                                id: string;
                                status: string;
                                reason: string | null;
                                restock: boolean;
                                refundAmount: number | null;
                                items: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                receivedAt: string | null;
                                refundedAt: string | null;
                            }[];
                            history: {
                                field: string;
                                from: string | null;
                                to: string | null;
                                actor: string;
                                reason: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                            cancelReason: string | null;
                            /** Format: date-time */
                            placedAt: string;
                            canceledAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/orders/{orderId}/fulfillments/{fulfillmentId}/ship": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a packed fulfilment shipped */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A ord_… id */
                    orderId: string;
                    /** @description A ful_… id */
                    fulfillmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        carrier?: string;
                        trackingNumber?: string;
                        /** Format: uri */
                        trackingUrl?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: number;
                            /** @enum {unknown} */
                            status: "pending" | "confirmed" | "completed" | "canceled";
                            paymentStatus: string;
                            /** @enum {unknown} */
                            fulfillmentStatus: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_shipped" | "shipped" | "partially_delivered" | "delivered" | "canceled";
                            email: string | null;
                            customerId: string | null;
                            regionId: string;
                            currency: string;
                            countryCode: string;
                            pricesIncludeTax: boolean;
                            items: {
                                id: string;
                                variantId: string | null;
                                productId: string | null;
                                sku: string | null;
                                title: string;
                                variantTitle: string;
                                thumbnail: string | null;
                                quantity: number;
                                /** @description Minor units of the order’s currency */
                                unitPrice: number;
                                /** @description Minor units of the order’s currency */
                                subtotal: number;
                                /** @description Minor units of the order’s currency */
                                discount: number;
                                /** @description Minor units of the order’s currency */
                                tax: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                                fulfilledQuantity: number;
                                returnedQuantity: number;
                            }[];
                            shipping: {
                                optionId: string | null;
                                method: string | null;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                                /** @description Minor units of the order’s currency */
                                discount: number;
                                /** @description Minor units of the order’s currency */
                                tax: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                            };
                            shippingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            billingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            promotionCode: string | null;
                            promotions: {
                                id: string;
                                code?: string;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                            }[];
                            totals: {
                                /** @description Minor units of the order’s currency */
                                subtotal: number;
                                /** @description Minor units of the order’s currency */
                                discountTotal: number;
                                /** @description Minor units of the order’s currency */
                                shippingTotal: number;
                                /** @description Minor units of the order’s currency */
                                taxTotal: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                                /** @description Minor units of the order’s currency */
                                capturedTotal: number;
                                /** @description Minor units of the order’s currency */
                                refundedTotal: number;
                            };
                            payments: {
                                id: string;
                                provider: string;
                                status: string;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                                /** @description Minor units of the order’s currency */
                                authorizedAmount: number;
                                /** @description Minor units of the order’s currency */
                                capturedAmount: number;
                                /** @description Minor units of the order’s currency */
                                refundedAmount: number;
                                card: {
                                    brand: string;
                                    last4: string;
                                    expMonth: number;
                                    expYear: number;
                                } | null;
                                nextAction: {
                                    /** @enum {string} */
                                    type: "redirect";
                                    url: string;
                                } | null;
                                failureReason: string | null;
                            }[];
                            fulfillments: {
                                id: string;
                                status: string;
                                carrier: string | null;
                                trackingNumber: string | null;
                                trackingUrl: string | null;
                                items: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                shippedAt: string | null;
                                deliveredAt: string | null;
                            }[];
                            returns: {
                                id: string;
                                status: string;
                                reason: string | null;
                                restock: boolean;
                                refundAmount: number | null;
                                items: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                receivedAt: string | null;
                                refundedAt: string | null;
                            }[];
                            history: {
                                field: string;
                                from: string | null;
                                to: string | null;
                                actor: string;
                                reason: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                            cancelReason: string | null;
                            /** Format: date-time */
                            placedAt: string;
                            canceledAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/orders/{orderId}/fulfillments/{fulfillmentId}/deliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a shipped fulfilment delivered */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A ord_… id */
                    orderId: string;
                    /** @description A ful_… id */
                    fulfillmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: number;
                            /** @enum {unknown} */
                            status: "pending" | "confirmed" | "completed" | "canceled";
                            paymentStatus: string;
                            /** @enum {unknown} */
                            fulfillmentStatus: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_shipped" | "shipped" | "partially_delivered" | "delivered" | "canceled";
                            email: string | null;
                            customerId: string | null;
                            regionId: string;
                            currency: string;
                            countryCode: string;
                            pricesIncludeTax: boolean;
                            items: {
                                id: string;
                                variantId: string | null;
                                productId: string | null;
                                sku: string | null;
                                title: string;
                                variantTitle: string;
                                thumbnail: string | null;
                                quantity: number;
                                /** @description Minor units of the order’s currency */
                                unitPrice: number;
                                /** @description Minor units of the order’s currency */
                                subtotal: number;
                                /** @description Minor units of the order’s currency */
                                discount: number;
                                /** @description Minor units of the order’s currency */
                                tax: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                                fulfilledQuantity: number;
                                returnedQuantity: number;
                            }[];
                            shipping: {
                                optionId: string | null;
                                method: string | null;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                                /** @description Minor units of the order’s currency */
                                discount: number;
                                /** @description Minor units of the order’s currency */
                                tax: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                            };
                            shippingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            billingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            promotionCode: string | null;
                            promotions: {
                                id: string;
                                code?: string;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                            }[];
                            totals: {
                                /** @description Minor units of the order’s currency */
                                subtotal: number;
                                /** @description Minor units of the order’s currency */
                                discountTotal: number;
                                /** @description Minor units of the order’s currency */
                                shippingTotal: number;
                                /** @description Minor units of the order’s currency */
                                taxTotal: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                                /** @description Minor units of the order’s currency */
                                capturedTotal: number;
                                /** @description Minor units of the order’s currency */
                                refundedTotal: number;
                            };
                            payments: {
                                id: string;
                                provider: string;
                                status: string;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                                /** @description Minor units of the order’s currency */
                                authorizedAmount: number;
                                /** @description Minor units of the order’s currency */
                                capturedAmount: number;
                                /** @description Minor units of the order’s currency */
                                refundedAmount: number;
                                card: {
                                    brand: string;
                                    last4: string;
                                    expMonth: number;
                                    expYear: number;
                                } | null;
                                nextAction: {
                                    /** @enum {string} */
                                    type: "redirect";
                                    url: string;
                                } | null;
                                failureReason: string | null;
                            }[];
                            fulfillments: {
                                id: string;
                                status: string;
                                carrier: string | null;
                                trackingNumber: string | null;
                                trackingUrl: string | null;
                                items: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                shippedAt: string | null;
                                deliveredAt: string | null;
                            }[];
                            returns: {
                                id: string;
                                status: string;
                                reason: string | null;
                                restock: boolean;
                                refundAmount: number | null;
                                items: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                receivedAt: string | null;
                                refundedAt: string | null;
                            }[];
                            history: {
                                field: string;
                                from: string | null;
                                to: string | null;
                                actor: string;
                                reason: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                            cancelReason: string | null;
                            /** Format: date-time */
                            placedAt: string;
                            canceledAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/orders/{orderId}/fulfillments/{fulfillmentId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unpack a fulfilment that has not shipped */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A ord_… id */
                    orderId: string;
                    /** @description A ful_… id */
                    fulfillmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: number;
                            /** @enum {unknown} */
                            status: "pending" | "confirmed" | "completed" | "canceled";
                            paymentStatus: string;
                            /** @enum {unknown} */
                            fulfillmentStatus: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_shipped" | "shipped" | "partially_delivered" | "delivered" | "canceled";
                            email: string | null;
                            customerId: string | null;
                            regionId: string;
                            currency: string;
                            countryCode: string;
                            pricesIncludeTax: boolean;
                            items: {
                                id: string;
                                variantId: string | null;
                                productId: string | null;
                                sku: string | null;
                                title: string;
                                variantTitle: string;
                                thumbnail: string | null;
                                quantity: number;
                                /** @description Minor units of the order’s currency */
                                unitPrice: number;
                                /** @description Minor units of the order’s currency */
                                subtotal: number;
                                /** @description Minor units of the order’s currency */
                                discount: number;
                                /** @description Minor units of the order’s currency */
                                tax: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                                fulfilledQuantity: number;
                                returnedQuantity: number;
                            }[];
                            shipping: {
                                optionId: string | null;
                                method: string | null;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                                /** @description Minor units of the order’s currency */
                                discount: number;
                                /** @description Minor units of the order’s currency */
                                tax: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                            };
                            shippingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            billingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            promotionCode: string | null;
                            promotions: {
                                id: string;
                                code?: string;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                            }[];
                            totals: {
                                /** @description Minor units of the order’s currency */
                                subtotal: number;
                                /** @description Minor units of the order’s currency */
                                discountTotal: number;
                                /** @description Minor units of the order’s currency */
                                shippingTotal: number;
                                /** @description Minor units of the order’s currency */
                                taxTotal: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                                /** @description Minor units of the order’s currency */
                                capturedTotal: number;
                                /** @description Minor units of the order’s currency */
                                refundedTotal: number;
                            };
                            payments: {
                                id: string;
                                provider: string;
                                status: string;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                                /** @description Minor units of the order’s currency */
                                authorizedAmount: number;
                                /** @description Minor units of the order’s currency */
                                capturedAmount: number;
                                /** @description Minor units of the order’s currency */
                                refundedAmount: number;
                                card: {
                                    brand: string;
                                    last4: string;
                                    expMonth: number;
                                    expYear: number;
                                } | null;
                                nextAction: {
                                    /** @enum {string} */
                                    type: "redirect";
                                    url: string;
                                } | null;
                                failureReason: string | null;
                            }[];
                            fulfillments: {
                                id: string;
                                status: string;
                                carrier: string | null;
                                trackingNumber: string | null;
                                trackingUrl: string | null;
                                items: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                shippedAt: string | null;
                                deliveredAt: string | null;
                            }[];
                            returns: {
                                id: string;
                                status: string;
                                reason: string | null;
                                restock: boolean;
                                refundAmount: number | null;
                                items: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                receivedAt: string | null;
                                refundedAt: string | null;
                            }[];
                            history: {
                                field: string;
                                from: string | null;
                                to: string | null;
                                actor: string;
                                reason: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                            cancelReason: string | null;
                            /** Format: date-time */
                            placedAt: string;
                            canceledAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/orders/{orderId}/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a return for fulfilled units (restock: whether they go back on the shelf when received) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A ord_… id */
                    orderId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            /** @description A oline_… id */
                            lineId: string;
                            quantity: number;
                        }[];
                        reason?: string;
                        restock?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            returnId: string;
                            order: {
                                id: string;
                                number: number;
                                /** @enum {unknown} */
                                status: "pending" | "confirmed" | "completed" | "canceled";
                                paymentStatus: string;
                                /** @enum {unknown} */
                                fulfillmentStatus: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_shipped" | "shipped" | "partially_delivered" | "delivered" | "canceled";
                                email: string | null;
                                customerId: string | null;
                                regionId: string;
                                currency: string;
                                countryCode: string;
                                pricesIncludeTax: boolean;
                                items: {
                                    id: string;
                                    variantId: string | null;
                                    productId: string | null;
                                    sku: string | null;
                                    title: string;
                                    variantTitle: string;
                                    thumbnail: string | null;
                                    quantity: number;
                                    /** @description Minor units of the order’s currency */
                                    unitPrice: number;
                                    /** @description Minor units of the order’s currency */
                                    subtotal: number;
                                    /** @description Minor units of the order’s currency */
                                    discount: number;
                                    /** @description Minor units of the order’s currency */
                                    tax: number;
                                    /** @description Minor units of the order’s currency */
                                    total: number;
                                    fulfilledQuantity: number;
                                    returnedQuantity: number;
                                }[];
                                shipping: {
                                    optionId: string | null;
                                    method: string | null;
                                    /** @description Minor units of the order’s currency */
                                    amount: number;
                                    /** @description Minor units of the order’s currency */
                                    discount: number;
                                    /** @description Minor units of the order’s currency */
                                    tax: number;
                                    /** @description Minor units of the order’s currency */
                                    total: number;
                                };
                                shippingAddress: {
                                    firstName: string;
                                    lastName: string;
                                    company?: string | null;
                                    line1: string;
                                    line2?: string | null;
                                    city: string;
                                    region?: string | null;
                                    postalCode: string;
                                    /** @description ISO 3166-1 alpha-2, upper case */
                                    countryCode: string;
                                    phone?: string | null;
                                } | null;
                                billingAddress: {
                                    firstName: string;
                                    lastName: string;
                                    company?: string | null;
                                    line1: string;
                                    line2?: string | null;
                                    city: string;
                                    region?: string | null;
                                    postalCode: string;
                                    /** @description ISO 3166-1 alpha-2, upper case */
                                    countryCode: string;
                                    phone?: string | null;
                                } | null;
                                promotionCode: string | null;
                                promotions: {
                                    id: string;
                                    code?: string;
                                    /** @description Minor units of the order’s currency */
                                    amount: number;
                                }[];
                                totals: {
                                    /** @description Minor units of the order’s currency */
                                    subtotal: number;
                                    /** @description Minor units of the order’s currency */
                                    discountTotal: number;
                                    /** @description Minor units of the order’s currency */
                                    shippingTotal: number;
                                    /** @description Minor units of the order’s currency */
                                    taxTotal: number;
                                    /** @description Minor units of the order’s currency */
                                    total: number;
                                    /** @description Minor units of the order’s currency */
                                    capturedTotal: number;
                                    /** @description Minor units of the order’s currency */
                                    refundedTotal: number;
                                };
                                payments: {
                                    id: string;
                                    provider: string;
                                    status: string;
                                    /** @description Minor units of the order’s currency */
                                    amount: number;
                                    /** @description Minor units of the order’s currency */
                                    authorizedAmount: number;
                                    /** @description Minor units of the order’s currency */
                                    capturedAmount: number;
                                    /** @description Minor units of the order’s currency */
                                    refundedAmount: number;
                                    card: {
                                        brand: string;
                                        last4: string;
                                        expMonth: number;
                                        expYear: number;
                                    } | null;
                                    nextAction: {
                                        /** @enum {string} */
                                        type: "redirect";
                                        url: string;
                                    } | null;
                                    failureReason: string | null;
                                }[];
                                fulfillments: {
                                    id: string;
                                    status: string;
                                    carrier: string | null;
                                    trackingNumber: string | null;
                                    trackingUrl: string | null;
                                    items: {
                                        lineId: string;
                                        quantity: number;
                                    }[];
                                    /** Format: date-time */
                                    createdAt: string;
                                    shippedAt: string | null;
                                    deliveredAt: string | null;
                                }[];
                                returns: {
                                    id: string;
                                    status: string;
                                    reason: string | null;
                                    restock: boolean;
                                    refundAmount: number | null;
                                    items: {
                                        lineId: string;
                                        quantity: number;
                                    }[];
                                    /** Format: date-time */
                                    createdAt: string;
                                    receivedAt: string | null;
                                    refundedAt: string | null;
                                }[];
                                history: {
                                    field: string;
                                    from: string | null;
                                    to: string | null;
                                    actor: string;
                                    reason: string | null;
                                    /** Format: date-time */
                                    at: string;
                                }[];
                                cancelReason: string | null;
                                /** Format: date-time */
                                placedAt: string;
                                canceledAt: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/orders/{orderId}/returns/{returnId}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The returned goods arrived (restocked if the return says so) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A ord_… id */
                    orderId: string;
                    /** @description A ret_… id */
                    returnId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: number;
                            /** @enum {unknown} */
                            status: "pending" | "confirmed" | "completed" | "canceled";
                            paymentStatus: string;
                            /** @enum {unknown} */
                            fulfillmentStatus: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_shipped" | "shipped" | "partially_delivered" | "delivered" | "canceled";
                            email: string | null;
                            customerId: string | null;
                            regionId: string;
                            currency: string;
                            countryCode: string;
                            pricesIncludeTax: boolean;
                            items: {
                                id: string;
                                variantId: string | null;
                                productId: string | null;
                                sku: string | null;
                                title: string;
                                variantTitle: string;
                                thumbnail: string | null;
                                quantity: number;
                                /** @description Minor units of the order’s currency */
                                unitPrice: number;
                                /** @description Minor units of the order’s currency */
                                subtotal: number;
                                /** @description Minor units of the order’s currency */
                                discount: number;
                                /** @description Minor units of the order’s currency */
                                tax: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                                fulfilledQuantity: number;
                                returnedQuantity: number;
                            }[];
                            shipping: {
                                optionId: string | null;
                                method: string | null;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                                /** @description Minor units of the order’s currency */
                                discount: number;
                                /** @description Minor units of the order’s currency */
                                tax: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                            };
                            shippingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            billingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            promotionCode: string | null;
                            promotions: {
                                id: string;
                                code?: string;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                            }[];
                            totals: {
                                /** @description Minor units of the order’s currency */
                                subtotal: number;
                                /** @description Minor units of the order’s currency */
                                discountTotal: number;
                                /** @description Minor units of the order’s currency */
                                shippingTotal: number;
                                /** @description Minor units of the order’s currency */
                                taxTotal: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                                /** @description Minor units of the order’s currency */
                                capturedTotal: number;
                                /** @description Minor units of the order’s currency */
                                refundedTotal: number;
                            };
                            payments: {
                                id: string;
                                provider: string;
                                status: string;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                                /** @description Minor units of the order’s currency */
                                authorizedAmount: number;
                                /** @description Minor units of the order’s currency */
                                capturedAmount: number;
                                /** @description Minor units of the order’s currency */
                                refundedAmount: number;
                                card: {
                                    brand: string;
                                    last4: string;
                                    expMonth: number;
                                    expYear: number;
                                } | null;
                                nextAction: {
                                    /** @enum {string} */
                                    type: "redirect";
                                    url: string;
                                } | null;
                                failureReason: string | null;
                            }[];
                            fulfillments: {
                                id: string;
                                status: string;
                                carrier: string | null;
                                trackingNumber: string | null;
                                trackingUrl: string | null;
                                items: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                shippedAt: string | null;
                                deliveredAt: string | null;
                            }[];
                            returns: {
                                id: string;
                                status: string;
                                reason: string | null;
                                restock: boolean;
                                refundAmount: number | null;
                                items: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                receivedAt: string | null;
                                refundedAt: string | null;
                            }[];
                            history: {
                                field: string;
                                from: string | null;
                                to: string | null;
                                actor: string;
                                reason: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                            cancelReason: string | null;
                            /** Format: date-time */
                            placedAt: string;
                            canceledAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/orders/{orderId}/returns/{returnId}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refund a received return (default: what its units cost) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A ord_… id */
                    orderId: string;
                    /** @description A ret_… id */
                    returnId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Default: what the returned units cost */
                        amount?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: number;
                            /** @enum {unknown} */
                            status: "pending" | "confirmed" | "completed" | "canceled";
                            paymentStatus: string;
                            /** @enum {unknown} */
                            fulfillmentStatus: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_shipped" | "shipped" | "partially_delivered" | "delivered" | "canceled";
                            email: string | null;
                            customerId: string | null;
                            regionId: string;
                            currency: string;
                            countryCode: string;
                            pricesIncludeTax: boolean;
                            items: {
                                id: string;
                                variantId: string | null;
                                productId: string | null;
                                sku: string | null;
                                title: string;
                                variantTitle: string;
                                thumbnail: string | null;
                                quantity: number;
                                /** @description Minor units of the order’s currency */
                                unitPrice: number;
                                /** @description Minor units of the order’s currency */
                                subtotal: number;
                                /** @description Minor units of the order’s currency */
                                discount: number;
                                /** @description Minor units of the order’s currency */
                                tax: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                                fulfilledQuantity: number;
                                returnedQuantity: number;
                            }[];
                            shipping: {
                                optionId: string | null;
                                method: string | null;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                                /** @description Minor units of the order’s currency */
                                discount: number;
                                /** @description Minor units of the order’s currency */
                                tax: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                            };
                            shippingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            billingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            promotionCode: string | null;
                            promotions: {
                                id: string;
                                code?: string;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                            }[];
                            totals: {
                                /** @description Minor units of the order’s currency */
                                subtotal: number;
                                /** @description Minor units of the order’s currency */
                                discountTotal: number;
                                /** @description Minor units of the order’s currency */
                                shippingTotal: number;
                                /** @description Minor units of the order’s currency */
                                taxTotal: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                                /** @description Minor units of the order’s currency */
                                capturedTotal: number;
                                /** @description Minor units of the order’s currency */
                                refundedTotal: number;
                            };
                            payments: {
                                id: string;
                                provider: string;
                                status: string;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                                /** @description Minor units of the order’s currency */
                                authorizedAmount: number;
                                /** @description Minor units of the order’s currency */
                                capturedAmount: number;
                                /** @description Minor units of the order’s currency */
                                refundedAmount: number;
                                card: {
                                    brand: string;
                                    last4: string;
                                    expMonth: number;
                                    expYear: number;
                                } | null;
                                nextAction: {
                                    /** @enum {string} */
                                    type: "redirect";
                                    url: string;
                                } | null;
                                failureReason: string | null;
                            }[];
                            fulfillments: {
                                id: string;
                                status: string;
                                carrier: string | null;
                                trackingNumber: string | null;
                                trackingUrl: string | null;
                                items: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                shippedAt: string | null;
                                deliveredAt: string | null;
                            }[];
                            returns: {
                                id: string;
                                status: string;
                                reason: string | null;
                                restock: boolean;
                                refundAmount: number | null;
                                items: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                receivedAt: string | null;
                                refundedAt: string | null;
                            }[];
                            history: {
                                field: string;
                                from: string | null;
                                to: string | null;
                                actor: string;
                                reason: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                            cancelReason: string | null;
                            /** Format: date-time */
                            placedAt: string;
                            canceledAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/orders/{orderId}/returns/{returnId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a return that was not received */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A ord_… id */
                    orderId: string;
                    /** @description A ret_… id */
                    returnId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: number;
                            /** @enum {unknown} */
                            status: "pending" | "confirmed" | "completed" | "canceled";
                            paymentStatus: string;
                            /** @enum {unknown} */
                            fulfillmentStatus: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_shipped" | "shipped" | "partially_delivered" | "delivered" | "canceled";
                            email: string | null;
                            customerId: string | null;
                            regionId: string;
                            currency: string;
                            countryCode: string;
                            pricesIncludeTax: boolean;
                            items: {
                                id: string;
                                variantId: string | null;
                                productId: string | null;
                                sku: string | null;
                                title: string;
                                variantTitle: string;
                                thumbnail: string | null;
                                quantity: number;
                                /** @description Minor units of the order’s currency */
                                unitPrice: number;
                                /** @description Minor units of the order’s currency */
                                subtotal: number;
                                /** @description Minor units of the order’s currency */
                                discount: number;
                                /** @description Minor units of the order’s currency */
                                tax: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                                fulfilledQuantity: number;
                                returnedQuantity: number;
                            }[];
                            shipping: {
                                optionId: string | null;
                                method: string | null;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                                /** @description Minor units of the order’s currency */
                                discount: number;
                                /** @description Minor units of the order’s currency */
                                tax: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                            };
                            shippingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            billingAddress: {
                                firstName: string;
                                lastName: string;
                                company?: string | null;
                                line1: string;
                                line2?: string | null;
                                city: string;
                                region?: string | null;
                                postalCode: string;
                                /** @description ISO 3166-1 alpha-2, upper case */
                                countryCode: string;
                                phone?: string | null;
                            } | null;
                            promotionCode: string | null;
                            promotions: {
                                id: string;
                                code?: string;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                            }[];
                            totals: {
                                /** @description Minor units of the order’s currency */
                                subtotal: number;
                                /** @description Minor units of the order’s currency */
                                discountTotal: number;
                                /** @description Minor units of the order’s currency */
                                shippingTotal: number;
                                /** @description Minor units of the order’s currency */
                                taxTotal: number;
                                /** @description Minor units of the order’s currency */
                                total: number;
                                /** @description Minor units of the order’s currency */
                                capturedTotal: number;
                                /** @description Minor units of the order’s currency */
                                refundedTotal: number;
                            };
                            payments: {
                                id: string;
                                provider: string;
                                status: string;
                                /** @description Minor units of the order’s currency */
                                amount: number;
                                /** @description Minor units of the order’s currency */
                                authorizedAmount: number;
                                /** @description Minor units of the order’s currency */
                                capturedAmount: number;
                                /** @description Minor units of the order’s currency */
                                refundedAmount: number;
                                card: {
                                    brand: string;
                                    last4: string;
                                    expMonth: number;
                                    expYear: number;
                                } | null;
                                nextAction: {
                                    /** @enum {string} */
                                    type: "redirect";
                                    url: string;
                                } | null;
                                failureReason: string | null;
                            }[];
                            fulfillments: {
                                id: string;
                                status: string;
                                carrier: string | null;
                                trackingNumber: string | null;
                                trackingUrl: string | null;
                                items: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                shippedAt: string | null;
                                deliveredAt: string | null;
                            }[];
                            returns: {
                                id: string;
                                status: string;
                                reason: string | null;
                                restock: boolean;
                                refundAmount: number | null;
                                items: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                receivedAt: string | null;
                                refundedAt: string | null;
                            }[];
                            history: {
                                field: string;
                                from: string | null;
                                to: string | null;
                                actor: string;
                                reason: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                            cancelReason: string | null;
                            /** Format: date-time */
                            placedAt: string;
                            canceledAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/payments/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tokenize a card for one checkout; the card number and CVC are never stored or echoed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Card number, 12 to 19 digits; spaces allowed */
                        number: string;
                        /** @description 3 or 4 digits */
                        cvc: string;
                        expMonth: number;
                        /** @description Four digits */
                        expYear: number;
                        /** @description The name on the card; not kept */
                        holderName?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Opaque, single use; give it to checkout as paymentToken */
                            token: string;
                            brand: string;
                            last4: string;
                            expMonth: number;
                            expYear: number;
                            /** Format: date-time */
                            expiresAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/payments/webhooks/{provider}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive a provider event, signed with Shopstack-Signature; a replayed event id changes nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    provider: string;
                };
                cookie?: never;
            };
            /** @description The provider’s event; signed over its raw bytes */
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            received: true;
                            duplicate: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/payments/test/challenges/{reference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A test provider challenge, as the card holder sees it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A tch_… id */
                    reference: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reference: string;
                            status: "requires_action" | "authorized" | "failed" | "voided";
                            /** @description Minor units of the payment’s currency */
                            amount: number;
                            /** @description ISO 4217 code */
                            currency: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Pass or fail a test provider challenge; the payment follows by webhook */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A tch_… id */
                    reference: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description true: the card holder passes the challenge */
                        approve: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reference: string;
                            status: "authorized" | "failed";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/me/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shopper’s consents: current state and every decision with time and source */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current: {
                                marketing: {
                                    /** @description false until the shopper grants it */
                                    granted: boolean;
                                    source: string | null;
                                    at: string | null;
                                };
                            };
                            /** @description Every decision, oldest first; a withdrawal is a newer entry, never an edit */
                            history: {
                                /** @enum {unknown} */
                                purpose: "marketing";
                                granted: boolean;
                                /** @description Where the decision was made: account, checkout, registration, admin */
                                source: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/me/consents/marketing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Give or withdraw marketing consent; the decision is added to the history */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        granted: boolean;
                        /**
                         * @description Where the shopper made the decision
                         * @default account
                         * @enum {unknown}
                         */
                        source?: "account" | "checkout" | "registration";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current: {
                                marketing: {
                                    /** @description false until the shopper grants it */
                                    granted: boolean;
                                    source: string | null;
                                    at: string | null;
                                };
                            };
                            /** @description Every decision, oldest first; a withdrawal is a newer entry, never an edit */
                            history: {
                                /** @enum {unknown} */
                                purpose: "marketing";
                                granted: boolean;
                                /** @description Where the decision was made: account, checkout, registration, admin */
                                source: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download everything the shop holds about the signed-in shopper, as JSON
         * @description Every field is described in docs/privacy.md. Sent as an attachment named shopstack-export-<customer id>.json.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Everything the shop holds about one customer (GDPR art. 15 and 20), as one JSON file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            format: "shopstack.personal-data-export";
                            /** @enum {number} */
                            version: 1;
                            /** Format: date-time */
                            exportedAt: string;
                            customer: {
                                id: string;
                                email: string;
                                firstName: string | null;
                                lastName: string | null;
                                phone: string | null;
                                /** @description Whether the customer proved, by a mailed link, that they receive mail at this address; a change of address clears it */
                                emailVerified: boolean;
                                /** Format: date-time */
                                createdAt: string;
                            };
                            addresses: {
                                id: string;
                                firstName: string;
                                lastName: string;
                                company: string | null;
                                line1: string;
                                line2: string | null;
                                city: string;
                                region: string | null;
                                postalCode: string;
                                countryCode: string;
                                phone: string | null;
                                isDefaultShipping: boolean;
                                isDefaultBilling: boolean;
                            }[];
                            consents: {
                                current: {
                                    marketing: {
                                        /** @description false until the shopper grants it */
                                        granted: boolean;
                                        source: string | null;
                                        at: string | null;
                                    };
                                };
                                /** @description Every decision, oldest first; a withdrawal is a newer entry, never an edit */
                                history: {
                                    /** @enum {unknown} */
                                    purpose: "marketing";
                                    granted: boolean;
                                    /** @description Where the decision was made: account, checkout, registration, admin */
                                    source: string;
                                    /** Format: date-time */
                                    at: string;
                                }[];
                            };
                            carts: {
                                id: string;
                                status: "open" | "completed" | "expired";
                                regionId: string;
                                currency: string;
                                email: string | null;
                                countryCode: string | null;
                                shippingAddress: {
                                    firstName: string;
                                    lastName: string;
                                    company?: string | null;
                                    line1: string;
                                    line2?: string | null;
                                    city: string;
                                    region?: string | null;
                                    postalCode: string;
                                    /** @description ISO 3166-1 alpha-2, upper case */
                                    countryCode: string;
                                    phone?: string | null;
                                } | null;
                                billingAddress: {
                                    firstName: string;
                                    lastName: string;
                                    company?: string | null;
                                    line1: string;
                                    line2?: string | null;
                                    city: string;
                                    region?: string | null;
                                    postalCode: string;
                                    /** @description ISO 3166-1 alpha-2, upper case */
                                    countryCode: string;
                                    phone?: string | null;
                                } | null;
                                shippingOptionId: string | null;
                                promotionCode: string | null;
                                items: {
                                    id: string;
                                    variantId: string;
                                    quantity: number;
                                    /** Format: date-time */
                                    addedAt: string;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                /** Format: date-time */
                                expiresAt: string;
                                completedAt: string | null;
                            }[];
                            /** @description The account’s orders and guest orders placed with its email (in the customer’s own file only once the email is verified), oldest first */
                            orders: {
                                id: string;
                                number: number;
                                /** @enum {unknown} */
                                status: "pending" | "confirmed" | "completed" | "canceled";
                                paymentStatus: string;
                                /** @enum {unknown} */
                                fulfillmentStatus: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_shipped" | "shipped" | "partially_delivered" | "delivered" | "canceled";
                                email: string | null;
                                customerId: string | null;
                                regionId: string;
                                currency: string;
                                countryCode: string;
                                pricesIncludeTax: boolean;
                                items: {
                                    id: string;
                                    variantId: string | null;
                                    productId: string | null;
                                    sku: string | null;
                                    title: string;
                                    variantTitle: string;
                                    thumbnail: string | null;
                                    quantity: number;
                                    /** @description Minor units of the order’s currency */
                                    unitPrice: number;
                                    /** @description Minor units of the order’s currency */
                                    subtotal: number;
                                    /** @description Minor units of the order’s currency */
                                    discount: number;
                                    /** @description Minor units of the order’s currency */
                                    tax: number;
                                    /** @description Minor units of the order’s currency */
                                    total: number;
                                    fulfilledQuantity: number;
                                    returnedQuantity: number;
                                }[];
                                shipping: {
                                    optionId: string | null;
                                    method: string | null;
                                    /** @description Minor units of the order’s currency */
                                    amount: number;
                                    /** @description Minor units of the order’s currency */
                                    discount: number;
                                    /** @description Minor units of the order’s currency */
                                    tax: number;
                                    /** @description Minor units of the order’s currency */
                                    total: number;
                                };
                                shippingAddress: {
                                    firstName: string;
                                    lastName: string;
                                    company?: string | null;
                                    line1: string;
                                    line2?: string | null;
                                    city: string;
                                    region?: string | null;
                                    postalCode: string;
                                    /** @description ISO 3166-1 alpha-2, upper case */
                                    countryCode: string;
                                    phone?: string | null;
                                } | null;
                                billingAddress: {
                                    firstName: string;
                                    lastName: string;
                                    company?: string | null;
                                    line1: string;
                                    line2?: string | null;
                                    city: string;
                                    region?: string | null;
                                    postalCode: string;
                                    /** @description ISO 3166-1 alpha-2, upper case */
                                    countryCode: string;
                                    phone?: string | null;
                                } | null;
                                promotionCode: string | null;
                                promotions: {
                                    id: string;
                                    code?: string;
                                    /** @description Minor units of the order’s currency */
                                    amount: number;
                                }[];
                                totals: {
                                    /** @description Minor units of the order’s currency */
                                    subtotal: number;
                                    /** @description Minor units of the order’s currency */
                                    discountTotal: number;
                                    /** @description Minor units of the order’s currency */
                                    shippingTotal: number;
                                    /** @description Minor units of the order’s currency */
                                    taxTotal: number;
                                    /** @description Minor units of the order’s currency */
                                    total: number;
                                    /** @description Minor units of the order’s currency */
                                    capturedTotal: number;
                                    /** @description Minor units of the order’s currency */
                                    refundedTotal: number;
                                };
                                fulfillments: {
                                    id: string;
                                    status: string;
                                    carrier: string | null;
                                    trackingNumber: string | null;
                                    trackingUrl: string | null;
                                    items: {
                                        lineId: string;
                                        quantity: number;
                                    }[];
                                    /** Format: date-time */
                                    createdAt: string;
                                    shippedAt: string | null;
                                    deliveredAt: string | null;
                                }[];
                                returns: {
                                    id: string;
                                    status: string;
                                    reason: string | null;
                                    restock: boolean;
                                    refundAmount: number | null;
                                    items: {
                                        lineId: string;
                                        quantity: number;
                                    }[];
                                    /** Format: date-time */
                                    createdAt: string;
                                    receivedAt: string | null;
                                    refundedAt: string | null;
                                }[];
                                history: {
                                    field: string;
                                    from: string | null;
                                    to: string | null;
                                    actor: string;
                                    reason: string | null;
                                    /** Format: date-time */
                                    at: string;
                                }[];
                                cancelReason: string | null;
                                /** Format: date-time */
                                placedAt: string;
                                canceledAt: string | null;
                            }[];
                            payments: {
                                id: string;
                                orderId: string;
                                provider: string;
                                status: string;
                                currency: string;
                                /** @description Minor units of the currency */
                                amount: number;
                                /** @description Minor units of the currency */
                                authorizedAmount: number;
                                /** @description Minor units of the currency */
                                capturedAmount: number;
                                /** @description Minor units of the currency */
                                refundedAmount: number;
                                card: {
                                    brand: string;
                                    last4: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            promotionUses: {
                                promotionId: string;
                                name: string;
                                code: string | null;
                                orderId: string;
                                /** @description Minor units of the currency */
                                amount: number;
                                /** Format: date-time */
                                usedAt: string;
                            }[];
                            sessions: {
                                createdAt: string | null;
                                /** Format: date-time */
                                expiresAt: string;
                                ip: string | null;
                                userAgent: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/customers/{customerId}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer’s consents and their history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A cus_… id */
                    customerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current: {
                                marketing: {
                                    /** @description false until the shopper grants it */
                                    granted: boolean;
                                    source: string | null;
                                    at: string | null;
                                };
                            };
                            /** @description Every decision, oldest first; a withdrawal is a newer entry, never an edit */
                            history: {
                                /** @enum {unknown} */
                                purpose: "marketing";
                                granted: boolean;
                                /** @description Where the decision was made: account, checkout, registration, admin */
                                source: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/customers/{customerId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything the shop holds about a customer, as JSON (to answer an access request)
         * @description Every field is described in docs/privacy.md. Sent as an attachment named shopstack-export-<customer id>.json.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A cus_… id */
                    customerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Everything the shop holds about one customer (GDPR art. 15 and 20), as one JSON file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            format: "shopstack.personal-data-export";
                            /** @enum {number} */
                            version: 1;
                            /** Format: date-time */
                            exportedAt: string;
                            customer: {
                                id: string;
                                email: string;
                                firstName: string | null;
                                lastName: string | null;
                                phone: string | null;
                                /** @description Whether the customer proved, by a mailed link, that they receive mail at this address; a change of address clears it */
                                emailVerified: boolean;
                                /** Format: date-time */
                                createdAt: string;
                            };
                            addresses: {
                                id: string;
                                firstName: string;
                                lastName: string;
                                company: string | null;
                                line1: string;
                                line2: string | null;
                                city: string;
                                region: string | null;
                                postalCode: string;
                                countryCode: string;
                                phone: string | null;
                                isDefaultShipping: boolean;
                                isDefaultBilling: boolean;
                            }[];
                            consents: {
                                current: {
                                    marketing: {
                                        /** @description false until the shopper grants it */
                                        granted: boolean;
                                        source: string | null;
                                        at: string | null;
                                    };
                                };
                                /** @description Every decision, oldest first; a withdrawal is a newer entry, never an edit */
                                history: {
                                    /** @enum {unknown} */
                                    purpose: "marketing";
                                    granted: boolean;
                                    /** @description Where the decision was made: account, checkout, registration, admin */
                                    source: string;
                                    /** Format: date-time */
                                    at: string;
                                }[];
                            };
                            carts: {
                                id: string;
                                status: "open" | "completed" | "expired";
                                regionId: string;
                                currency: string;
                                email: string | null;
                                countryCode: string | null;
                                shippingAddress: {
                                    firstName: string;
                                    lastName: string;
                                    company?: string | null;
                                    line1: string;
                                    line2?: string | null;
                                    city: string;
                                    region?: string | null;
                                    postalCode: string;
                                    /** @description ISO 3166-1 alpha-2, upper case */
                                    countryCode: string;
                                    phone?: string | null;
                                } | null;
                                billingAddress: {
                                    firstName: string;
                                    lastName: string;
                                    company?: string | null;
                                    line1: string;
                                    line2?: string | null;
                                    city: string;
                                    region?: string | null;
                                    postalCode: string;
                                    /** @description ISO 3166-1 alpha-2, upper case */
                                    countryCode: string;
                                    phone?: string | null;
                                } | null;
                                shippingOptionId: string | null;
                                promotionCode: string | null;
                                items: {
                                    id: string;
                                    variantId: string;
                                    quantity: number;
                                    /** Format: date-time */
                                    addedAt: string;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                /** Format: date-time */
                                expiresAt: string;
                                completedAt: string | null;
                            }[];
                            /** @description The account’s orders and guest orders placed with its email (in the customer’s own file only once the email is verified), oldest first */
                            orders: {
                                id: string;
                                number: number;
                                /** @enum {unknown} */
                                status: "pending" | "confirmed" | "completed" | "canceled";
                                paymentStatus: string;
                                /** @enum {unknown} */
                                fulfillmentStatus: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_shipped" | "shipped" | "partially_delivered" | "delivered" | "canceled";
                                email: string | null;
                                customerId: string | null;
                                regionId: string;
                                currency: string;
                                countryCode: string;
                                pricesIncludeTax: boolean;
                                items: {
                                    id: string;
                                    variantId: string | null;
                                    productId: string | null;
                                    sku: string | null;
                                    title: string;
                                    variantTitle: string;
                                    thumbnail: string | null;
                                    quantity: number;
                                    /** @description Minor units of the order’s currency */
                                    unitPrice: number;
                                    /** @description Minor units of the order’s currency */
                                    subtotal: number;
                                    /** @description Minor units of the order’s currency */
                                    discount: number;
                                    /** @description Minor units of the order’s currency */
                                    tax: number;
                                    /** @description Minor units of the order’s currency */
                                    total: number;
                                    fulfilledQuantity: number;
                                    returnedQuantity: number;
                                }[];
                                shipping: {
                                    optionId: string | null;
                                    method: string | null;
                                    /** @description Minor units of the order’s currency */
                                    amount: number;
                                    /** @description Minor units of the order’s currency */
                                    discount: number;
                                    /** @description Minor units of the order’s currency */
                                    tax: number;
                                    /** @description Minor units of the order’s currency */
                                    total: number;
                                };
                                shippingAddress: {
                                    firstName: string;
                                    lastName: string;
                                    company?: string | null;
                                    line1: string;
                                    line2?: string | null;
                                    city: string;
                                    region?: string | null;
                                    postalCode: string;
                                    /** @description ISO 3166-1 alpha-2, upper case */
                                    countryCode: string;
                                    phone?: string | null;
                                } | null;
                                billingAddress: {
                                    firstName: string;
                                    lastName: string;
                                    company?: string | null;
                                    line1: string;
                                    line2?: string | null;
                                    city: string;
                                    region?: string | null;
                                    postalCode: string;
                                    /** @description ISO 3166-1 alpha-2, upper case */
                                    countryCode: string;
                                    phone?: string | null;
                                } | null;
                                promotionCode: string | null;
                                promotions: {
                                    id: string;
                                    code?: string;
                                    /** @description Minor units of the order’s currency */
                                    amount: number;
                                }[];
                                totals: {
                                    /** @description Minor units of the order’s currency */
                                    subtotal: number;
                                    /** @description Minor units of the order’s currency */
                                    discountTotal: number;
                                    /** @description Minor units of the order’s currency */
                                    shippingTotal: number;
                                    /** @description Minor units of the order’s currency */
                                    taxTotal: number;
                                    /** @description Minor units of the order’s currency */
                                    total: number;
                                    /** @description Minor units of the order’s currency */
                                    capturedTotal: number;
                                    /** @description Minor units of the order’s currency */
                                    refundedTotal: number;
                                };
                                fulfillments: {
                                    id: string;
                                    status: string;
                                    carrier: string | null;
                                    trackingNumber: string | null;
                                    trackingUrl: string | null;
                                    items: {
                                        lineId: string;
                                        quantity: number;
                                    }[];
                                    /** Format: date-time */
                                    createdAt: string;
                                    shippedAt: string | null;
                                    deliveredAt: string | null;
                                }[];
                                returns: {
                                    id: string;
                                    status: string;
                                    reason: string | null;
                                    restock: boolean;
                                    refundAmount: number | null;
                                    items: {
                                        lineId: string;
                                        quantity: number;
                                    }[];
                                    /** Format: date-time */
                                    createdAt: string;
                                    receivedAt: string | null;
                                    refundedAt: string | null;
                                }[];
                                history: {
                                    field: string;
                                    from: string | null;
                                    to: string | null;
                                    actor: string;
                                    reason: string | null;
                                    /** Format: date-time */
                                    at: string;
                                }[];
                                cancelReason: string | null;
                                /** Format: date-time */
                                placedAt: string;
                                canceledAt: string | null;
                            }[];
                            payments: {
                                id: string;
                                orderId: string;
                                provider: string;
                                status: string;
                                currency: string;
                                /** @description Minor units of the currency */
                                amount: number;
                                /** @description Minor units of the currency */
                                authorizedAmount: number;
                                /** @description Minor units of the currency */
                                capturedAmount: number;
                                /** @description Minor units of the currency */
                                refundedAmount: number;
                                card: {
                                    brand: string;
                                    last4: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            promotionUses: {
                                promotionId: string;
                                name: string;
                                code: string | null;
                                orderId: string;
                                /** @description Minor units of the currency */
                                amount: number;
                                /** Format: date-time */
                                usedAt: string;
                            }[];
                            sessions: {
                                createdAt: string | null;
                                /** Format: date-time */
                                expiresAt: string;
                                ip: string | null;
                                userAgent: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/dev/mailbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Newest mail written to the dev mailbox (development only) */
        get: {
            parameters: {
                query: {
                    limit: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                from: string;
                                to: string;
                                subject: string;
                                text: string;
                                sentAt: string;
                            }[];
                            nextCursor: null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Problem
         * @description RFC 9457 problem details
         */
        "def-0": {
            type: string;
            title: string;
            status: number;
            detail?: string;
            instance?: string;
            errors?: {
                pointer: string;
                detail: string;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
